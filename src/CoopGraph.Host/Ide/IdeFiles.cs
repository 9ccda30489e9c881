using CoopGraph.Host.Configuration;
using CoopGraph.Host.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace CoopGraph.Host.Ide;

/// <summary>
/// Where the IDE's files are: the configured folder, the copy published beside the executable, or the npm package
/// that the build installs into <c>src/CoopGraph.Host/Ide/node_modules</c>. Null when none holds an <c>index.html</c>.
/// </summary>
internal sealed class IdeFiles
{
    public const string PackageFolder = "node_modules/@chillicream/bananacakepop-graphql-ide";

    /// <summary>Where a published build keeps the IDE files, beside the executable.</summary>
    public const string PublishedFolder = "wwwroot/ide";

    public IdeFiles(IOptions<CoopGraphOptions> options, IHostEnvironment environment)
    {
        var configured = options.Value.Ide.FilesPath;
        var folder = configured is not null
            ? Path.GetFullPath(configured, environment.ContentRootPath)
            : ProjectPaths.FindFolder(Path.Combine("Ide", PackageFolder), environment.ContentRootPath, ProjectPaths.HostProjectFolder)
              ?? ProjectPaths.FindFolder(PublishedFolder, environment.ContentRootPath);
        if (folder is not null && File.Exists(Path.Combine(folder, "index.html")))
        {
            Folder = folder;
            Provider = new PhysicalFileProvider(folder);
        }
    }

    public string? Folder { get; }

    public IFileProvider? Provider { get; }
}
