namespace CoopGraph.Host.Configuration;

/// <summary>The Banana Cake Pop IDE served to browsers at the GraphQL path (<c>CoopGraph:Ide</c>).</summary>
public sealed class IdeOptions
{
    /// <summary>Whether a browser opening the endpoint gets the IDE. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The folder holding the IDE's files (its <c>index.html</c>). Default: null, meaning the npm package installed by the build.</summary>
    public string? FilesPath { get; set; }

    /// <summary>The window title of the IDE. Default: <c>CoopGraph</c>.</summary>
    public string Title { get; set; } = "CoopGraph";

    /// <summary>The text a new IDE document ("Create Document") starts with. Default: null, meaning <c>Ide/example.graphql</c> beside the executable.</summary>
    public string? ExampleDocumentPath { get; set; }
}
