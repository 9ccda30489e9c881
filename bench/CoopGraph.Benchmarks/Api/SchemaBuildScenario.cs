using System.Diagnostics;
using CoopGraph.Benchmarks.Store;
using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.GraphQL.Schema;

namespace CoopGraph.Benchmarks.Api;

/// <summary>
/// Schema build speed as models grow: type definitions with many labels compiled by the
/// ModelCompiler, then the public schema generated and initialized; the project's own
/// type definitions are the control, measured in the same run.
/// </summary>
public sealed class SchemaBuildScenario : IBenchScenario
{
    public string Name => "api-schema-build";

    public string Description => "Compile + build + initialize the public schema for generated type definitions [labels=500] [runs=9], control: schema/";

    public Task<int> RunAsync(string[] args)
    {
        // graphql-dotnet's Schema.Initialize registers types depth first: a long chain of labels
        // (L0 -> L1 -> ... through relationship fields) recurses once per hop and overflows a
        // 1.5 MB thread stack near 500 labels. Measured here on a thread with a large stack;
        // pass "small-stack" to see the overflow on a default-sized thread.
        var stack = args.Contains("small-stack") ? 0 : 256 * 1024 * 1024;
        var exit = 0;
        var thread = new Thread(() => exit = Run(args.Where(a => a != "small-stack").ToArray()), stack);
        thread.Start();
        thread.Join();
        return Task.FromResult(exit);
    }

    private static int Run(string[] args)
    {
        var labels = args.Length > 0 ? int.Parse(args[0]) : 500;
        var runs = args.Length > 1 ? int.Parse(args[1]) : 9;
        var generated = ManyLabelsTypeDefinitions.Generate(labels);
        var project = StoreBenchData.LoadModel();
        Console.WriteLine($"generated: {labels} labels, {generated.Length:N0} characters of type definitions");

        // One untimed build of each warms the JIT for both.
        var (model, _, _, typeCount) = Measure(generated);
        Measure(null, project);
        Console.WriteLine($"generated model: {model.Labels.Count} labels, {model.RelationshipTypes.Count} relationship types, {model.Unions.Count} unions; public schema {typeCount:N0} types");

        var compile = new List<double>();
        var build = new List<double>();
        var control = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var (_, c, b, _) = Measure(generated);
            compile.Add(c);
            build.Add(b);
            control.Add(Measure(null, project).Build);
        }

        Console.WriteLine($"{runs} runs, medians (min-max):");
        Console.WriteLine($"  {labels} labels: compile  {Median(compile),8:0.0} ms ({compile.Min():0.0}-{compile.Max():0.0})");
        Console.WriteLine($"  {labels} labels: schema   {Median(build),8:0.0} ms ({build.Min():0.0}-{build.Max():0.0})  (generate + Initialize)");
        Console.WriteLine($"  {labels} labels: total    {Median(compile.Zip(build, (x, y) => x + y).ToList()),8:0.0} ms");
        Console.WriteLine($"  control, schema/ ({project.Labels.Count} labels): schema {Median(control),8:0.0} ms ({control.Min():0.0}-{control.Max():0.0})");
        return 0;
    }

    private static (GraphModel Model, double Compile, double Build, int Types) Measure(string? typeDefinitions, GraphModel? compiled = null)
    {
        var start = Stopwatch.GetTimestamp();
        var model = compiled ?? ModelCompiler.CompileOrThrow(typeDefinitions!);
        var compiledAt = Stopwatch.GetTimestamp();
        var schema = new ApiSchemaBuilder(model, new ApiLimits()).Build();
        schema.Initialize();
        var end = Stopwatch.GetTimestamp();
        return (model, Stopwatch.GetElapsedTime(start, compiledAt).TotalMilliseconds, Stopwatch.GetElapsedTime(compiledAt, end).TotalMilliseconds, schema.AllTypes.Count);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
