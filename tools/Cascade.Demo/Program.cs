using Cascade.Demo;
using Cascade.Domain.Workspace;
using Cascade.Testing;
using Cascade.Testing.Scenarios;

// Usage: Cascade.Demo [scenario.json] — a scenario file in the format of ../shared/samples (scenario-a by default).
var path = args.Length > 0 ? Path.GetFullPath(args[0]) : SharedFiles.Sample("scenario-a.json");
if (!File.Exists(path))
{
    Console.Error.WriteLine($"No scenario file at {path}.");
    return 2;
}

var scenario = Scenario.LoadFrom(path);
var facts = new WorkspaceFacts { Touchpoints = scenario.Touchpoints, OpportunityUpdates = scenario.OpportunityUpdates };
var analysis = WorkspaceAnalysis.Build(facts, WorkspaceSettings.Default, scenario.SourcingTo);

var report = new DemoReport(Console.Out);
report.Heading(path, scenario, analysis);
report.Waterfalls(scenario.Quarters, analysis);
report.Sourcing(analysis.Sourcing(scenario.SourcingFrom, scenario.SourcingTo));
report.ModelComparison(analysis);
return 0;
