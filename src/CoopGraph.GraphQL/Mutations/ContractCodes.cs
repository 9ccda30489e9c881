namespace CoopGraph.GraphQL.Mutations;

/// <summary>The payload codes of the API contract, and the store's refusal codes each one stands for.</summary>
internal static class ContractCodes
{
    public const string Validation = "VALIDATION";
    public const string UniqueViolation = "UNIQUE_VIOLATION";
    public const string NotFound = "NOT_FOUND";
    public const string DanglingRelationships = "DANGLING_RELATIONSHIPS";
    public const string QuoteNotInSource = "QUOTE_NOT_IN_SOURCE";
    public const string Conflict = "CONFLICT";

    /// <summary>The store's codes are finer (see WriteError); a client acts on these six.</summary>
    public static string FromStore(string storeCode) => storeCode switch
    {
        "DUPLICATE_UNIQUE" or "ALREADY_EXISTS" => UniqueViolation,
        "NOT_FOUND" or "DANGLING_END" or "UNKNOWN_SOURCE" => NotFound,
        "HAS_RELATIONSHIPS" => DanglingRelationships,
        "QUOTE_NOT_IN_SOURCE" => QuoteNotInSource,
        "VERSION_CONFLICT" or "CONFLICT" => Conflict,
        _ => Validation,
    };
}
