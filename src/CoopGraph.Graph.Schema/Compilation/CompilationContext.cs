using System.Text.RegularExpressions;
using GraphQLParser.AST;

namespace CoopGraph.Graph.Schema.Compilation;

/// <summary>The working state of one compilation: definitions collected, then checked and built.</summary>
internal sealed partial class CompilationContext
{
    private readonly Dictionary<string, (ASTNode Node, LineMap Lines)> _definitions = new(StringComparer.Ordinal);
    private readonly List<(GraphQLObjectTypeDefinition Node, LineMap Lines)> _nodeTypes = [];
    private readonly List<(GraphQLObjectTypeDefinition Node, LineMap Lines)> _propertiesTypes = [];
    private readonly List<(GraphQLEnumTypeDefinition Node, LineMap Lines)> _enums = [];
    private readonly List<(GraphQLUnionTypeDefinition Node, LineMap Lines)> _unions = [];

    public List<ModelError> Errors { get; } = [];

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex RelationshipTypeName();

    public void Collect(GraphQLDocument document, LineMap lines)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLDirectiveDefinition:
                    break;
                case GraphQLScalarTypeDefinition scalar:
                    Register(scalar.Name.StringValue, scalar, lines);
                    if (scalar.Name.StringValue != "PartialDate")
                    {
                        Error(lines, scalar, $"Scalar '{scalar.Name.StringValue}' is not supported; properties use String, Int, Float, Boolean, ID, PartialDate or an enum.");
                    }

                    break;
                case GraphQLEnumTypeDefinition e:
                    if (Register(e.Name.StringValue, e, lines))
                    {
                        _enums.Add((e, lines));
                    }

                    break;
                case GraphQLUnionTypeDefinition u:
                    if (Register(u.Name.StringValue, u, lines))
                    {
                        _unions.Add((u, lines));
                    }

                    break;
                case GraphQLObjectTypeDefinition o:
                    CollectObject(o, lines);
                    break;
                default:
                    Error(lines, definition, $"A {definition.Kind} definition has no meaning in type definitions.");
                    break;
            }
        }
    }

    private void CollectObject(GraphQLObjectTypeDefinition o, LineMap lines)
    {
        var name = o.Name.StringValue;
        CheckDirectives(o.Directives, lines, ["node", "relationshipProperties", "plural"]);
        var isNode = Has(o.Directives, "node");
        var isProperties = Has(o.Directives, "relationshipProperties");
        if (!Register(name, o, lines))
        {
            return;
        }

        if (isNode && isProperties)
        {
            Error(lines, o, $"Type '{name}' cannot be both @node and @relationshipProperties.");
        }
        else if (isNode)
        {
            _nodeTypes.Add((o, lines));
        }
        else if (isProperties)
        {
            _propertiesTypes.Add((o, lines));
        }
        else
        {
            Error(lines, o, $"Type '{name}' needs @node or @relationshipProperties.");
        }
    }

    private bool Register(string name, ASTNode node, LineMap lines)
    {
        if (_definitions.TryGetValue(name, out var existing))
        {
            Error(lines, node, $"Duplicate type name '{name}' (first defined at {existing.Lines.At(existing.Node.Location.Start)}).");
            return false;
        }

        if (ModelCompilerNames.Reserved.Contains(name))
        {
            Error(lines, node, $"Type name '{name}' is reserved by the generated API.");
        }

        _definitions[name] = (node, lines);
        return true;
    }

    private void Error(LineMap lines, ASTNode node, string message) =>
        Errors.Add(new ModelError(lines.At(node.Location.Start), message));

    private static bool Has(GraphQLDirectives? directives, string name) =>
        directives?.Items.Any(d => d.Name.StringValue == name) == true;

    private static GraphQLDirective? Find(GraphQLDirectives? directives, string name) =>
        directives?.Items.FirstOrDefault(d => d.Name.StringValue == name);

    private void CheckDirectives(GraphQLDirectives? directives, LineMap lines, IReadOnlyCollection<string> allowedHere)
    {
        if (directives is null)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in directives.Items)
        {
            var name = d.Name.StringValue;
            if (!KnownDirective(name))
            {
                Error(lines, d, $"Unknown directive '@{name}'.");
            }
            else if (!allowedHere.Contains(name) && name != "deprecated")
            {
                Error(lines, d, $"Directive '@{name}' is not allowed here.");
            }

            if (!seen.Add(name))
            {
                Error(lines, d, $"Directive '@{name}' is repeated.");
            }
        }
    }

    private static bool KnownDirective(string name) => ModelCompilerNames.Directives.Contains(name);

    /// <summary>Reads a string argument; reports a missing or mistyped one.</summary>
    private string? StringArgument(GraphQLDirective directive, string argument, LineMap lines, bool required)
    {
        var arg = directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == argument);
        if (arg is null)
        {
            if (required)
            {
                Error(lines, directive, $"@{directive.Name.StringValue} needs the argument '{argument}'.");
            }

            return null;
        }

        if (arg.Value is GraphQLStringValue s)
        {
            return s.Value.ToString();
        }

        Error(lines, arg, $"@{directive.Name.StringValue}({argument}:) must be a string.");
        return null;
    }

    private void CheckArguments(GraphQLDirective directive, LineMap lines, params string[] allowed)
    {
        foreach (var arg in directive.Arguments?.Items ?? [])
        {
            if (!allowed.Contains(arg.Name.StringValue))
            {
                Error(lines, arg, $"@{directive.Name.StringValue} has no argument '{arg.Name.StringValue}'.");
            }
        }
    }
}
