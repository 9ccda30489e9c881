using CoopGraph.Graph.Schema.Model;
using GraphQLParser.AST;

namespace CoopGraph.Graph.Schema.Compilation;

internal sealed partial class CompilationContext
{
    private readonly Dictionary<string, EnumDefinition> _builtEnums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RelationshipPropertiesType> _builtPropertiesTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NodeType> _builtNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UnionDefinition> _builtUnions = new(StringComparer.Ordinal);

    /// <summary>Checks the collected definitions and builds the model; null when errors were found.</summary>
    public GraphModel? Build()
    {
        BuildEnums();
        BuildPropertiesTypes();
        BuildNodeTypes();
        BuildUnions();
        var relationshipTypes = BuildRelationships();
        if (Errors.Count > 0)
        {
            return null;
        }

        foreach (var node in _builtNodes.Values)
        {
            node.Seal();
        }

        return new GraphModel(
            [.. _builtNodes.Values.OrderBy(n => n.Ordinal)],
            relationshipTypes,
            [.. _builtEnums.Values],
            [.. _builtUnions.Values],
            [.. _builtPropertiesTypes.Values]);
    }

    private void BuildEnums()
    {
        foreach (var (node, lines) in _enums)
        {
            var values = new List<string>();
            foreach (var value in node.Values?.Items ?? [])
            {
                var v = value.Name.StringValue;
                if (values.Contains(v))
                {
                    Error(lines, value, $"Enum '{node.Name.StringValue}' repeats the value '{v}'.");
                }
                else
                {
                    values.Add(v);
                }
            }

            if (values.Count == 0)
            {
                Error(lines, node, $"Enum '{node.Name.StringValue}' has no values.");
            }

            var name = node.Name.StringValue;
            _builtEnums[name] = new EnumDefinition(name, values, lines.At(node.Location.Start));
        }
    }

    private void BuildPropertiesTypes()
    {
        foreach (var (node, lines) in _propertiesTypes)
        {
            var properties = new List<PropertyDefinition>();
            foreach (var field in node.Fields?.Items ?? [])
            {
                CheckDirectives(field.Directives, lines, []);
                var property = ReadProperty(field, lines, PropertyFlags.None, properties.Count);
                if (property is not null)
                {
                    AddUnique(properties, property, lines, field, node.Name.StringValue);
                }
            }

            var name = node.Name.StringValue;
            _builtPropertiesTypes[name] = new RelationshipPropertiesType(name, properties, lines.At(node.Location.Start));
        }
    }

    private void AddUnique(List<PropertyDefinition> properties, PropertyDefinition property, LineMap lines, ASTNode at, string owner)
    {
        if (properties.Any(p => p.Name == property.Name))
        {
            Error(lines, at, $"Type '{owner}' repeats the field '{property.Name}'.");
        }
        else
        {
            properties.Add(property);
        }
    }

    private void BuildNodeTypes()
    {
        foreach (var (node, lines) in _nodeTypes)
        {
            var name = node.Name.StringValue;
            var nodeDirective = Find(node.Directives, "node")!;
            CheckArguments(nodeDirective, lines, "label");
            var label = StringArgument(nodeDirective, "label", lines, required: false);
            if (label is not null && label != name)
            {
                Error(lines, nodeDirective, $"@node(label: \"{label}\") must equal the type name '{name}': the type name is the label.");
            }

            var plural = char.ToLowerInvariant(name[0]) + EnglishPlural.Of(name)[1..];
            if (Find(node.Directives, "plural") is { } pluralDirective)
            {
                CheckArguments(pluralDirective, lines, "value");
                plural = StringArgument(pluralDirective, "value", lines, required: true) ?? plural;
            }

            var properties = new List<PropertyDefinition>();
            var hasId = false;
            foreach (var field in node.Fields?.Items ?? [])
            {
                if (Has(field.Directives, "relationship") || IsObjectOrUnion(field.Type))
                {
                    continue;
                }

                CheckDirectives(field.Directives, lines, ["id", "unique", "index", "display", "searchable"]);
                var flags = ReadFlags(field);
                if (field.Name.StringValue == "id")
                {
                    hasId = true;
                    if (field.Type is not GraphQLNonNullType { Type: GraphQLNamedType { Name.StringValue: "ID" } } || (flags & PropertyFlags.Id) == 0)
                    {
                        Error(lines, field, $"'{name}.id' must be declared as 'id: ID! @id'.");
                    }

                    continue;
                }

                if ((flags & PropertyFlags.Id) != 0)
                {
                    Error(lines, field, "@id belongs on the field 'id' only.");
                }

                var property = ReadProperty(field, lines, flags, properties.Count);
                if (property is null)
                {
                    continue;
                }

                if (property.IsList && (property.IsUnique || property.IsIndexed || property.IsDisplay))
                {
                    Error(lines, field, $"'{name}.{property.Name}' is a list: @unique, @index and @display need a single value.");
                }

                if (property.IsSearchable && property.Kind != ValueKind.String)
                {
                    Error(lines, field, $"'{name}.{property.Name}': @searchable needs a String field.");
                }

                AddUnique(properties, property, lines, field, name);
            }

            if (!hasId)
            {
                Error(lines, node, $"Node type '{name}' needs 'id: ID! @id'.");
            }

            var displays = properties.Where(p => p.IsDisplay).ToArray();
            if (displays.Length != 1)
            {
                Error(lines, node, displays.Length == 0
                    ? $"Node type '{name}' needs one @display field (its displayName)."
                    : $"Node type '{name}' has {displays.Length} @display fields; it needs exactly one.");
            }

            var display = displays.FirstOrDefault() ?? properties.FirstOrDefault();
            if (display is null)
            {
                continue;
            }

            _builtNodes[name] = new NodeType(name, _builtNodes.Count, plural, properties, display, lines.At(node.Location.Start));
        }

        foreach (var group in _builtNodes.Values.GroupBy(n => n.IdPrefix, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var (first, lines) = _definitions[group.First().Name];
            Error(lines, first, $"Labels {string.Join(", ", group.Select(g => g.Name))} share the id prefix '{group.Key}'.");
        }

        foreach (var group in _builtNodes.Values.GroupBy(n => n.Plural, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var (first, lines) = _definitions[group.First().Name];
            Error(lines, first, $"Labels {string.Join(", ", group.Select(g => g.Name))} share the plural '{group.Key}'.");
        }
    }

    private static PropertyFlags ReadFlags(GraphQLFieldDefinition field)
    {
        var flags = PropertyFlags.None;
        foreach (var d in field.Directives?.Items ?? [])
        {
            flags |= d.Name.StringValue switch
            {
                "id" => PropertyFlags.Id,
                "unique" => PropertyFlags.Unique,
                "index" => PropertyFlags.Index,
                "display" => PropertyFlags.Display,
                "searchable" => PropertyFlags.Searchable,
                _ => PropertyFlags.None,
            };
        }

        return flags;
    }

    private bool IsObjectOrUnion(GraphQLType type)
    {
        var named = Unwrap(type).Named;
        return named is not null && _definitions.TryGetValue(named, out var d) && d.Node is GraphQLObjectTypeDefinition or GraphQLUnionTypeDefinition;
    }

    /// <summary>Splits a field type into its named type, list-ness and nullability.</summary>
    private static (string? Named, bool IsList, bool IsRequired, bool IsNested) Unwrap(GraphQLType type)
    {
        var required = type is GraphQLNonNullType;
        var inner = type is GraphQLNonNullType nn ? nn.Type : type;
        if (inner is GraphQLListType list)
        {
            var element = list.Type is GraphQLNonNullType enn ? enn.Type : list.Type;
            return element is GraphQLNamedType en ? (en.Name.StringValue, true, required, false) : (null, true, required, true);
        }

        return inner is GraphQLNamedType n ? (n.Name.StringValue, false, required, false) : (null, false, required, true);
    }

    private PropertyDefinition? ReadProperty(GraphQLFieldDefinition field, LineMap lines, PropertyFlags flags, int ordinal)
    {
        if (field.Arguments?.Items.Count > 0)
        {
            Error(lines, field, $"Field '{field.Name.StringValue}' takes no arguments in type definitions.");
        }

        var (named, isList, required, nested) = Unwrap(field.Type);
        if (nested || named is null)
        {
            Error(lines, field, $"Field '{field.Name.StringValue}': lists of lists are not supported.");
            return null;
        }

        var location = lines.At(field.Location.Start);
        if (ModelCompilerScalars.Kinds.TryGetValue(named, out var kind))
        {
            return new PropertyDefinition(field.Name.StringValue, kind, null, isList, required, flags, ordinal, location);
        }

        if (_builtEnums.TryGetValue(named, out var enumType))
        {
            return new PropertyDefinition(field.Name.StringValue, ValueKind.Enum, enumType, isList, required, flags, ordinal, location);
        }

        Error(lines, field, _definitions.ContainsKey(named)
            ? $"Field '{field.Name.StringValue}' of a properties type must be a scalar or an enum, not '{named}'."
            : $"Unknown type '{named}' in field '{field.Name.StringValue}'.");
        return null;
    }

    private void BuildUnions()
    {
        foreach (var (node, lines) in _unions)
        {
            var members = new List<NodeType>();
            foreach (var member in node.Types?.Items ?? [])
            {
                var name = member.Name.StringValue;
                if (_builtNodes.TryGetValue(name, out var nodeType))
                {
                    members.Add(nodeType);
                }
                else
                {
                    Error(lines, member, _definitions.ContainsKey(name)
                        ? $"Union '{node.Name.StringValue}' member '{name}' is not a @node type."
                        : $"Union '{node.Name.StringValue}' names an unknown type '{name}'.");
                }
            }

            _builtUnions[node.Name.StringValue] = new UnionDefinition(node.Name.StringValue, members, lines.At(node.Location.Start));
        }
    }
}
