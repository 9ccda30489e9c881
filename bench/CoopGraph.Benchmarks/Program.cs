using System.Reflection;
using BenchmarkDotNet.Running;
using CoopGraph.Benchmarks;

// Two kinds of benchmark live here: BenchmarkDotNet classes for in-process timings, and
// scenarios (IBenchScenario) for whole-process measurements such as bulk import, cold load
// and memory, which BenchmarkDotNet's repeated invocations would distort.
var scenarios = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(IBenchScenario).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (IBenchScenario)Activator.CreateInstance(t)!)
    .ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

if (args.Length > 0 && scenarios.TryGetValue(args[0], out var scenario))
{
    return await scenario.RunAsync(args[1..]);
}

if (args.Length > 0 && args[0] == "scenarios")
{
    foreach (var s in scenarios.Values.OrderBy(s => s.Name, StringComparer.Ordinal))
    {
        Console.WriteLine($"{s.Name,-24} {s.Description}");
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(IBenchScenario).Assembly).Run(args);
return 0;
