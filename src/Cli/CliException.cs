namespace BsdfGen.Cli;

/// <summary>An error meant for the user: its message is printed as is, without a stack trace.</summary>
internal sealed class CliException(string message) : Exception(message);
