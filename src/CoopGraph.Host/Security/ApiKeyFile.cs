using System.Text.Json;
using CoopGraph.Host.Configuration;

namespace CoopGraph.Host.Security;

/// <summary>
/// The keys file (<c>CoopGraph:Auth:KeysFile</c>): the hashes <c>coopgraph keys add</c> writes and the server reads at
/// start-up. It is a file of its own rather than one more configuration source because configuration merges lists by
/// index: its first key and the first key of appsettings.json would overwrite each other.
/// </summary>
internal static class ApiKeyFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt property would otherwise be ignored, and the key it meant to describe would not work.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
    };

    /// <summary>The file's keys; none when it does not exist.</summary>
    /// <exception cref="InvalidSettingsException">The file is not a keys file.</exception>
    public static IReadOnlyList<ApiKeyOptions> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<ApiKeyFileContent>(stream, Json)?.ApiKeys ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidSettingsException([
                $"The keys file {path} (CoopGraph:Auth:KeysFile) is not valid{(e.Path is { Length: > 1 } at ? $" at {at}" : "")}: "
                + """it holds { "ApiKeys": [ { "Name": "...", "Hash": "sha256:...", "Roles": [ "editor" ] } ] }."""]);
        }
    }

    /// <summary>Replaces the file with <paramref name="keys"/>, whole or not at all: the new text is written beside it and moved over it.</summary>
    public static void Write(string path, IReadOnlyList<ApiKeyOptions> keys)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".new";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new ApiKeyFileContent { ApiKeys = [.. keys] }, Json) + Environment.NewLine);
        File.Move(temporary, full, overwrite: true);
    }
}
