namespace CoopGraph.Planning.Operands;

/// <summary>
/// A store's reading of each kind of operand (what filters compare and sorts order by). Every store implements all
/// of them, so a new kind of operand fails the build of each store until it reads it.
/// </summary>
public interface IOperandVisitor<TResult>
{
    TResult Id(IdOperand id);

    TResult Label(LabelOperand label);

    TResult DisplayName(DisplayNameOperand displayName);

    TResult Property(PropertyOperand property);

    TResult EdgeProperty(EdgePropertyOperand property);

    TResult Element(ElementOperand element);

    TResult ToOne(ToOneOperand toOne);

    TResult RelationshipCount(RelationshipCountOperand count);
}
