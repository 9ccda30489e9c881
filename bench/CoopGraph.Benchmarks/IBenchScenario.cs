namespace CoopGraph.Benchmarks;

/// <summary>A whole-process measurement run by name: <c>dotnet run -c Release --project bench/CoopGraph.Benchmarks -- NAME [args]</c>.</summary>
public interface IBenchScenario
{
    string Name { get; }

    string Description { get; }

    Task<int> RunAsync(string[] args);
}
