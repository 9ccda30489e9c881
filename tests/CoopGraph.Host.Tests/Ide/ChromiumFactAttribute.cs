namespace CoopGraph.Host.Tests.Ide;

/// <summary>A test that drives the IDE in Debian's Chromium; skipped, with the reason, on a machine without it (.ci/run installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"needs Debian's Chromium at {ChromiumPath} (apt-get install chromium)";
        }
    }
}
