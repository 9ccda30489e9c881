using CoopGraph.Host.Cli;

// `coopgraph` with no command serves the API (CoopGraphServer.Build is the server's table of contents);
// the other commands are tools over the same configuration (Cli/, one file per command).
return await CoopGraphCommandLine.InvokeAsync(args);
