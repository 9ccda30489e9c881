namespace CoopGraph.Seed;

/// <summary>Codes of the problems that only seed files can have; model problems keep the write codes.</summary>
public static class SeedErrorCodes
{
    public const string NotFound = "SEED_NOT_FOUND";
    public const string Unreadable = "SEED_UNREADABLE";
    public const string BadJson = "SEED_BAD_JSON";
    public const string MissingField = "SEED_MISSING_FIELD";
    public const string UnknownField = "SEED_UNKNOWN_FIELD";
    public const string DuplicateField = "SEED_DUPLICATE_FIELD";
    public const string WrongFieldType = "SEED_WRONG_FIELD_TYPE";
    public const string WrongFile = "SEED_WRONG_FILE";
    public const string DuplicateId = "DUPLICATE_ID";
    public const string DuplicateRelationship = "DUPLICATE_RELATIONSHIP";
    public const string DuplicateUnique = "DUPLICATE_UNIQUE";
    public const string DanglingEnd = "DANGLING_END";
    public const string UnknownSource = "UNKNOWN_SOURCE";
    public const string MissingRelationship = "MISSING_RELATIONSHIP";
    public const string TooManyRelationships = "TOO_MANY_RELATIONSHIPS";
    public const string Refused = "WRITE_REFUSED";
}
