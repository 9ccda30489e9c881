using System.CommandLine;

namespace CoopGraph.Host.Cli;

/// <summary>
/// One subcommand of <c>coopgraph</c>. Implementations are found by reflection, so adding a command is adding one file.
/// </summary>
internal interface ICliCommand
{
    Command Create();
}
