namespace BsdfGen.Fuzz;

/// <summary>A broken promise that is not an exception of its own, such as a value that does not survive a round trip.</summary>
internal sealed class FuzzFindingException(string message) : Exception(message);
