using CoopGraph.Graph.Schema.Compilation;

namespace CoopGraph.Graph.Schema.Tests.Compilation;

public sealed class DomainSchemaTests
{
    [Fact]
    public void The_domain_type_definitions_compile()
    {
        var result = ModelCompiler.CompileDirectory(RepositoryPaths.SchemaDirectory);

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Model);
        Assert.NotNull(result.Model.FindLabel("Province"));
    }
}
