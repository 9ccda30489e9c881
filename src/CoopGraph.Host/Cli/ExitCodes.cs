namespace CoopGraph.Host.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Type definitions or seed files with errors, or a store that refused the data.</summary>
    public const int InvalidInput = 1;

    /// <summary>The store could not be reached or refused the credentials.</summary>
    public const int StoreUnavailable = 2;

    /// <summary>A key under <c>CoopGraph:</c> names no setting, or a setting has a value it cannot take.</summary>
    public const int InvalidSettings = 3;
}
