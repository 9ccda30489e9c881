using System.Text;

namespace CoopGraph.Planning;

/// <summary>Prints a plan as an indented tree, one node per line.</summary>
public static class PlanPrinter
{
    public static string Print(PlanNode root)
    {
        var sb = new StringBuilder();
        Write(sb, root, role: null, depth: 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, PlanNode node, string? role, int depth)
    {
        sb.Append(' ', depth * 2);
        // A field's role is its response name, which its own line already shows.
        if (role is not null && !(node is Fields.OutputField field && field.ResponseName == role))
        {
            sb.Append(role).Append(": ");
        }

        sb.Append(node.Describe()).Append('\n');
        foreach (var (childRole, child) in node.Children())
        {
            Write(sb, child, childRole, depth + 1);
        }
    }
}
