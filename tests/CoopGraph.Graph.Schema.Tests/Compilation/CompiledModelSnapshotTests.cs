using System.Text;
using CoopGraph.Graph.Schema.Compilation;
using Snapshooter.Xunit;

namespace CoopGraph.Graph.Schema.Tests.Compilation;

/// <summary>The compiled domain model, printed: any change to the type definitions shows in review.</summary>
public sealed class CompiledModelSnapshotTests
{
    [Fact]
    public void The_compiled_domain_model()
    {
        var model = ModelCompiler.CompileDirectory(RepositoryPaths.SchemaDirectory).Model!;
        var sb = new StringBuilder();
        foreach (var label in model.Labels)
        {
            sb.Append(label.Ordinal).Append(' ').Append(label.Name).Append(" (").Append(label.Plural).Append(", ").Append(label.IdPrefix).Append(":…) display ").AppendLine(label.Display.Name);
            foreach (var p in label.Properties)
            {
                sb.Append("  ").Append(p).Append(' ').AppendLine(p.Flags.ToString());
            }

            foreach (var r in label.Relationships)
            {
                sb.Append("  ").AppendLine(r.ToString());
            }
        }

        foreach (var type in model.RelationshipTypes)
        {
            sb.Append(type.Ordinal).Append(' ').Append(type.Name).Append(type.Properties is null ? string.Empty : " {" + string.Join(", ", type.Properties.Properties) + "}")
                .Append(": ").AppendLine(string.Join(", ", type.Ends.Select(e => $"{e.Start}→{e.End}")));
        }

        Snapshot.Match(sb.ToString());
    }
}
