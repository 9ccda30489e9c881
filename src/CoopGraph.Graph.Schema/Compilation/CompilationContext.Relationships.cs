using CoopGraph.Graph.Schema.Model;
using GraphQLParser.AST;

namespace CoopGraph.Graph.Schema.Compilation;

internal sealed partial class CompilationContext
{
    private sealed class RelationshipTypeDraft(string name)
    {
        public string Name { get; } = name;

        public string? PropertiesName { get; set; }

        public (ASTNode Node, LineMap Lines)? PropertiesDeclaredAt { get; set; }

        public HashSet<(string Start, string End)> Ends { get; } = [];

        public List<(NodeType Owner, GraphQLFieldDefinition Field, LineMap Lines, RelationshipDirection Direction, string Target, IReadOnlyList<NodeType> Targets, bool IsList, bool IsRequired)> Fields { get; } = [];
    }

    private List<RelationshipType> BuildRelationships()
    {
        var drafts = new Dictionary<string, RelationshipTypeDraft>(StringComparer.Ordinal);
        foreach (var (node, lines) in _nodeTypes)
        {
            if (!_builtNodes.TryGetValue(node.Name.StringValue, out var owner))
            {
                continue;
            }

            var fieldNames = new HashSet<string>(owner.Properties.Select(p => p.Name), StringComparer.Ordinal) { "id" };
            foreach (var field in node.Fields?.Items ?? [])
            {
                var directive = Find(field.Directives, "relationship");
                if (directive is null && !IsObjectOrUnion(field.Type))
                {
                    continue;
                }

                if (!fieldNames.Add(field.Name.StringValue))
                {
                    Error(lines, field, $"Type '{owner.Name}' repeats the field '{field.Name.StringValue}'.");
                    continue;
                }

                ReadRelationshipField(owner, field, directive, lines, drafts);
            }
        }

        var types = new List<RelationshipType>();
        foreach (var draft in drafts.Values.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var properties = draft.PropertiesName is null ? null : _builtPropertiesTypes.GetValueOrDefault(draft.PropertiesName);
            var type = new RelationshipType(draft.Name, types.Count, properties, draft.Ends);
            types.Add(type);
            foreach (var f in draft.Fields)
            {
                f.Owner.AddRelationship(new RelationshipField(
                    f.Field.Name.StringValue, f.Owner, type, f.Direction, f.Target, f.Targets, f.IsList, f.IsRequired, f.Lines.At(f.Field.Location.Start)));
            }
        }

        return types;
    }

    private void ReadRelationshipField(
        NodeType owner,
        GraphQLFieldDefinition field,
        GraphQLDirective? directive,
        LineMap lines,
        Dictionary<string, RelationshipTypeDraft> drafts)
    {
        CheckDirectives(field.Directives, lines, ["relationship"]);
        var (named, isList, required, nested) = Unwrap(field.Type);
        if (directive is null)
        {
            Error(lines, field, $"Field '{owner.Name}.{field.Name.StringValue}' points at a type but has no @relationship.");
            return;
        }

        CheckArguments(directive, lines, "type", "direction", "properties");
        var typeName = StringArgument(directive, "type", lines, required: true);
        var direction = ReadDirection(directive, lines);
        var propertiesName = StringArgument(directive, "properties", lines, required: false);

        if (nested || named is null)
        {
            Error(lines, field, $"Field '{owner.Name}.{field.Name.StringValue}': lists of lists are not supported.");
            return;
        }

        IReadOnlyList<NodeType>? targets = null;
        if (_builtNodes.TryGetValue(named, out var targetNode))
        {
            targets = [targetNode];
        }
        else if (_builtUnions.TryGetValue(named, out var union))
        {
            targets = union.Members;
        }
        else
        {
            Error(lines, field, _definitions.ContainsKey(named)
                ? $"@relationship field '{owner.Name}.{field.Name.StringValue}' must point at a @node type or a union of them, not '{named}'."
                : $"Unknown type '{named}' in field '{owner.Name}.{field.Name.StringValue}'.");
        }

        if (typeName is not null && !RelationshipTypeName().IsMatch(typeName))
        {
            Error(lines, directive, $"Relationship type '{typeName}' must be UPPER_SNAKE_CASE.");
            typeName = null;
        }

        if (propertiesName is not null && !_builtPropertiesTypes.ContainsKey(propertiesName))
        {
            Error(lines, directive, _definitions.ContainsKey(propertiesName)
                ? $"@relationship(properties: \"{propertiesName}\") must name a @relationshipProperties type."
                : $"@relationship(properties: \"{propertiesName}\") names an unknown type.");
            propertiesName = null;
        }

        if (typeName is null || direction is null || targets is null)
        {
            return;
        }

        if (!drafts.TryGetValue(typeName, out var draft))
        {
            draft = new RelationshipTypeDraft(typeName);
            drafts[typeName] = draft;
        }

        if (propertiesName is not null)
        {
            if (draft.PropertiesName is not null && draft.PropertiesName != propertiesName)
            {
                Error(lines, directive, $"Relationship type '{typeName}' uses properties '{propertiesName}' here but '{draft.PropertiesName}' at {draft.PropertiesDeclaredAt!.Value.Lines.At(draft.PropertiesDeclaredAt.Value.Node.Location.Start)}.");
            }
            else
            {
                draft.PropertiesName = propertiesName;
                draft.PropertiesDeclaredAt = (directive, lines);
            }
        }

        foreach (var target in targets)
        {
            if (direction is RelationshipDirection.Out or RelationshipDirection.Both)
            {
                draft.Ends.Add((owner.Name, target.Name));
            }

            if (direction is RelationshipDirection.In or RelationshipDirection.Both)
            {
                draft.Ends.Add((target.Name, owner.Name));
            }
        }

        draft.Fields.Add((owner, field, lines, direction.Value, named!, targets, isList, required));
    }

    private RelationshipDirection? ReadDirection(GraphQLDirective directive, LineMap lines)
    {
        var arg = directive.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "direction");
        if (arg is null)
        {
            Error(lines, directive, "@relationship needs the argument 'direction' (OUT, IN or BOTH).");
            return null;
        }

        var text = arg.Value switch
        {
            GraphQLEnumValue e => e.Name.StringValue,
            _ => null,
        };
        RelationshipDirection? direction = text switch
        {
            "OUT" => RelationshipDirection.Out,
            "IN" => RelationshipDirection.In,
            "BOTH" => RelationshipDirection.Both,
            _ => null,
        };
        if (direction is null)
        {
            Error(lines, arg, "@relationship(direction:) must be OUT, IN or BOTH.");
        }

        return direction;
    }
}
