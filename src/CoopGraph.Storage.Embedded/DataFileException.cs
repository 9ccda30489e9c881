namespace CoopGraph.Storage.Embedded;

/// <summary>
/// The embedded store's data file cannot be used as it is: held by another process, empty when it should not be,
/// or holding a row this build cannot read. The message is one line that names the file, what is wrong and the remedy,
/// so the server and the tools print it as it is, without a stack trace.
/// </summary>
public sealed class DataFileException(string message, Exception? inner = null) : Exception(message, inner);
