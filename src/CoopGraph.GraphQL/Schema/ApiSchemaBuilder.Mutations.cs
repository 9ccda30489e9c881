using CoopGraph.Graph.Schema.Model;
using CoopGraph.GraphQL.Schema.Meanings;
using GraphQL.Types;

namespace CoopGraph.GraphQL.Schema;

/// <summary>
/// The writes: per label <c>create&lt;Label&gt;</c> and <c>update&lt;Label&gt;</c> with typed inputs, the generic
/// <c>deleteEntity</c>, <c>connect</c>, <c>updateRelationship</c> and <c>disconnect</c>, and <c>applyChanges</c>, a
/// change set of any of them. Payloads follow HotChocolate's mutation conventions: the changed object plus
/// <c>errors: [UserError!]!</c> for every refusal of the model.
/// </summary>
internal sealed partial class ApiSchemaBuilder
{
    private readonly ObjectGraphType _userError = new()
    {
        Name = "UserError",
        Description = "Why a write was refused: VALIDATION, UNIQUE_VIOLATION, NOT_FOUND, DANGLING_RELATIONSHIPS, QUOTE_NOT_IN_SOURCE or CONFLICT.",
    };

    private readonly InputObjectGraphType _sourceRefInput = new()
    {
        Name = "SourceRefInput",
        Description = "The source of a fact: a Source id with the words of it that support the fact, or inferred: true with a note saying how.",
    };

    private ObjectGraphType BuildMutation()
    {
        _userError.AddField(Field("code", NonNull(new StringGraphType()), new PayloadMeaning(PayloadPart.Errors)));
        _userError.AddField(Field("message", NonNull(new StringGraphType()), new PayloadMeaning(PayloadPart.Errors)));
        _userError.AddField(Field("path", ListOf(NonNull(new StringGraphType())), new PayloadMeaning(PayloadPart.Errors), "Where in the input the refusal points, from the mutation's arguments."));
        _sourceRefInput.AddField(new FieldType { Name = "source", ResolvedType = NonNull(new IdGraphType()), Description = "A Source id, or ref:<name> of a Source created earlier in the same change set." });
        _sourceRefInput.AddField(new FieldType { Name = "quote", ResolvedType = new StringGraphType(), Description = "Words of the source; when the source has text they must occur in it." });
        _sourceRefInput.AddField(new FieldType { Name = "inferred", ResolvedType = new BooleanGraphType(), DefaultValue = false });
        _sourceRefInput.AddField(new FieldType { Name = "note", ResolvedType = new StringGraphType(), Description = "How an inferred fact was inferred (required with inferred: true)." });

        var mutation = new ObjectGraphType { Name = "Mutation", Description = "Writes; each needs the editor role. Every created fact cites at least one source." };
        var changeInput = new InputObjectGraphType
        {
            Name = "ChangeInput",
            Description = "One change of a change set: exactly one of the fields below, plus ref on a create so later changes can name the new entity as ref:<name>.",
        };
        changeInput.AddField(new FieldType { Name = "ref", ResolvedType = new StringGraphType(), Description = "A name for the entity this change creates; later changes write ref:<name> where an id is expected." });
        foreach (var label in _model.Labels)
        {
            var create = CreateInput(label);
            var update = UpdateInput(label);
            mutation.AddField(Field(
                ApiNames.Create(label),
                NonNull(Payload(ApiNames.CreatePayload(label), PayloadField(label))),
                new MutationMeaning(MutationKind.Create, label),
                $"Creates {ApiNames.Article(label.Name).ToLowerInvariant()} {label.Name}; UNIQUE_VIOLATION when the id (given, or made from its {label.Display.Name}) is taken.",
                new QueryArguments(Argument("input", NonNull(create)))));
            mutation.AddField(Field(
                ApiNames.Update(label),
                NonNull(Payload(ApiNames.UpdatePayload(label), PayloadField(label))),
                new MutationMeaning(MutationKind.Update, label),
                $"Changes the given fields of {ApiNames.Article(label.Name).ToLowerInvariant()} {label.Name}; null removes an optional property, omitted fields keep their values.",
                new QueryArguments(Argument("id", NonNull(new IdGraphType())), Argument("input", NonNull(update)), ExpectedVersionArgument())));

            var change = new InputObjectGraphType { Name = ApiNames.UpdateChange(label), Description = $"The arguments of {ApiNames.Update(label)} as one change of a change set." };
            change.AddField(new FieldType { Name = "id", ResolvedType = NonNull(new IdGraphType()) });
            change.AddField(new FieldType { Name = "input", ResolvedType = NonNull(update) });
            change.AddField(new FieldType { Name = "expectedVersion", ResolvedType = new IntGraphType() });
            changeInput.AddField(new FieldType { Name = ApiNames.Create(label), ResolvedType = create });
            changeInput.AddField(new FieldType { Name = ApiNames.Update(label), ResolvedType = change });
        }

        var deleteInput = new InputObjectGraphType { Name = "DeleteEntityInput", Description = "The arguments of deleteEntity as one change of a change set." };
        deleteInput.AddField(new FieldType { Name = "id", ResolvedType = NonNull(new IdGraphType()) });
        deleteInput.AddField(new FieldType { Name = "detach", ResolvedType = new BooleanGraphType(), DefaultValue = false });
        deleteInput.AddField(new FieldType { Name = "expectedVersion", ResolvedType = new IntGraphType() });
        var connectInput = ConnectInput();
        var updateRelationshipInput = new InputObjectGraphType { Name = "UpdateRelationshipInput", Description = "The arguments of updateRelationship as one change of a change set." };
        updateRelationshipInput.AddField(new FieldType { Name = "id", ResolvedType = NonNull(new IdGraphType()) });
        updateRelationshipInput.AddField(new FieldType { Name = "properties", ResolvedType = _json });
        updateRelationshipInput.AddField(new FieldType { Name = "sources", ResolvedType = ListOf(NonNull(_sourceRefInput)) });
        updateRelationshipInput.AddField(new FieldType { Name = "expectedVersion", ResolvedType = new IntGraphType() });
        var disconnectInput = new InputObjectGraphType { Name = "DisconnectInput", Description = "The arguments of disconnect as one change of a change set." };
        disconnectInput.AddField(new FieldType { Name = "id", ResolvedType = NonNull(new IdGraphType()) });
        disconnectInput.AddField(new FieldType { Name = "expectedVersion", ResolvedType = new IntGraphType() });
        changeInput.AddField(new FieldType { Name = "deleteEntity", ResolvedType = deleteInput });
        changeInput.AddField(new FieldType { Name = "connect", ResolvedType = connectInput });
        changeInput.AddField(new FieldType { Name = "updateRelationship", ResolvedType = updateRelationshipInput });
        changeInput.AddField(new FieldType { Name = "disconnect", ResolvedType = disconnectInput });

        var deleted = Field("deletedId", new IdGraphType(), new PayloadMeaning(PayloadPart.DeletedId), "The id that was deleted; null when the delete was refused.");
        mutation.AddField(Field(
            "deleteEntity",
            NonNull(Payload("DeleteEntityPayload", deleted)),
            new MutationMeaning(MutationKind.DeleteEntity, null),
            "Deletes an entity; DANGLING_RELATIONSHIPS when it has relationships, unless detach: true deletes them with it.",
            new QueryArguments(Argument("id", NonNull(new IdGraphType())), Argument("detach", new BooleanGraphType(), false), ExpectedVersionArgument())));
        mutation.AddField(Field(
            "connect",
            NonNull(Payload("ConnectPayload", RelationshipPayloadField())),
            new MutationMeaning(MutationKind.Connect, null),
            "Creates a relationship the type definitions allow between two entities, with its sources.",
            new QueryArguments(Argument("input", NonNull(connectInput)))));
        mutation.AddField(Field(
            "updateRelationship",
            NonNull(Payload("UpdateRelationshipPayload", RelationshipPayloadField())),
            new MutationMeaning(MutationKind.UpdateRelationship, null),
            "Changes the given properties (null removes one) and, when given, replaces the sources of a relationship.",
            new QueryArguments(
                Argument("id", NonNull(new IdGraphType())),
                Argument("properties", _json),
                Argument("sources", ListOf(NonNull(_sourceRefInput))),
                ExpectedVersionArgument())));
        mutation.AddField(Field(
            "disconnect",
            NonNull(Payload("DisconnectPayload", Field("deletedId", new IdGraphType(), new PayloadMeaning(PayloadPart.DeletedId), "The relationship id that was deleted; null when refused."))),
            new MutationMeaning(MutationKind.Disconnect, null),
            "Deletes a relationship.",
            new QueryArguments(Argument("id", NonNull(new IdGraphType())), ExpectedVersionArgument())));

        var changeSetInput = new InputObjectGraphType { Name = "ChangeSetInput", Description = "Changes applied in order, all or nothing." };
        changeSetInput.AddField(new FieldType { Name = "changes", ResolvedType = NonNull(ListOf(NonNull(changeInput))) });
        var result = new ObjectGraphType { Name = "ChangeResult", Description = "What one change of an applied change set wrote." };
        result.AddField(Field("index", NonNull(new IntGraphType()), new PayloadMeaning(PayloadPart.Index), "The change's position in the input, from 0."));
        result.AddField(Field("ref", new StringGraphType(), new PayloadMeaning(PayloadPart.Ref)));
        result.AddField(Field("id", NonNull(new IdGraphType()), new PayloadMeaning(PayloadPart.Id), "The id of the entity or relationship the change wrote or deleted."));
        result.AddField(Field("entity", _entity, new PayloadMeaning(PayloadPart.Entity), "The entity created or updated; null for relationships and deletes."));
        result.AddField(Field("relationship", _relationship, new PayloadMeaning(PayloadPart.Relationship), "The relationship created or updated; null for entities and deletes."));
        mutation.AddField(Field(
            "applyChanges",
            NonNull(Payload("ChangeSetPayload", Field("results", NonNullListOfNonNull(result), new PayloadMeaning(PayloadPart.Results), "One per change, in input order; empty when the set was refused."))),
            new MutationMeaning(MutationKind.ApplyChanges, null),
            "Applies a change set all or nothing: a curator adds an article's Source, its entities and their relationships in one request.",
            new QueryArguments(Argument("input", NonNull(changeSetInput)))));
        return mutation;
    }

    private static QueryArgument ExpectedVersionArgument() =>
        Argument("expectedVersion", new IntGraphType(), description: "The version you read; CONFLICT (with the current version) when the fact has changed since.");

    private FieldType PayloadField(NodeType label) =>
        Field(ApiNames.Lookup(label), _objects[label], new PayloadMeaning(PayloadPart.Entity), $"The {label.Name} as written; null when the write was refused.");

    private FieldType RelationshipPayloadField() =>
        Field("relationship", _relationship, new PayloadMeaning(PayloadPart.Relationship), "The relationship as written; null when the write was refused.");

    private ObjectGraphType Payload(string name, FieldType written)
    {
        var payload = new ObjectGraphType { Name = name };
        payload.AddField(written);
        payload.AddField(Field("errors", NonNullListOfNonNull(_userError), new PayloadMeaning(PayloadPart.Errors), "Every refusal; empty when the write was stored."));
        return payload;
    }

    private InputObjectGraphType CreateInput(NodeType label)
    {
        var input = new InputObjectGraphType { Name = ApiNames.CreateInput(label) };
        input.AddField(new FieldType { Name = "id", ResolvedType = new IdGraphType(), Description = $"Optional: by default {label.IdPrefix}:<{label.Display.Name} in kebab-case>." });
        foreach (var property in label.Properties)
        {
            input.AddField(new FieldType { Name = property.Name, ResolvedType = ScalarType(property) });
        }

        foreach (var relationship in label.Relationships.Where(r => !r.IsList))
        {
            input.AddField(new FieldType
            {
                Name = relationship.Name,
                ResolvedType = relationship.IsRequired ? NonNull(new IdGraphType()) : new IdGraphType(),
                Description = $"The {relationship.TargetTypeName} to connect with {relationship.RelationshipType.Name}; the relationship cites the entity's sources.",
            });
        }

        // A Source is its own provenance: it needs no other unless given.
        var isSource = label.Name == GraphModel.SourceLabel;
        input.AddField(new FieldType
        {
            Name = "sources",
            ResolvedType = isSource ? ListOf(NonNull(_sourceRefInput)) : NonNull(ListOf(NonNull(_sourceRefInput))),
            Description = isSource ? "Optional for a Source: by default it cites itself." : "At least one.",
        });
        return input;
    }

    private InputObjectGraphType UpdateInput(NodeType label)
    {
        var input = new InputObjectGraphType { Name = ApiNames.UpdateInput(label), Description = "Only the fields given change; null removes an optional property." };
        foreach (var property in label.Properties)
        {
            IGraphType scalar = ScalarOf(property);
            input.AddField(new FieldType { Name = property.Name, ResolvedType = property.IsList ? ListOf(NonNull(scalar)) : scalar });
        }

        input.AddField(new FieldType { Name = "sources", ResolvedType = ListOf(NonNull(_sourceRefInput)), Description = "When given, replaces the sources." });
        return input;
    }

    private InputObjectGraphType ConnectInput()
    {
        var input = new InputObjectGraphType { Name = "ConnectInput" };
        input.AddField(new FieldType { Name = "type", ResolvedType = NonNull(new StringGraphType()), Description = "A relationship type (model { types { name } } lists them)." });
        input.AddField(new FieldType { Name = "from", ResolvedType = NonNull(new IdGraphType()), Description = "The start entity: an id, or ref:<name> in a change set." });
        input.AddField(new FieldType { Name = "to", ResolvedType = NonNull(new IdGraphType()), Description = "The end entity: an id, or ref:<name> in a change set." });
        input.AddField(new FieldType { Name = "properties", ResolvedType = _json, Description = "The relationship type's properties, as a JSON object." });
        input.AddField(new FieldType { Name = "sources", ResolvedType = NonNull(ListOf(NonNull(_sourceRefInput))), Description = "At least one." });
        return input;
    }
}
