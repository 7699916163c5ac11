namespace BsdfGen.Cli;

internal static class CliLimits
{
    /// <summary>
    /// The deepest nesting the tool reads, writes and shows (about what the Python reference manages
    /// before its recursion limit); beyond it a clear error, never a stack overflow.
    /// </summary>
    public const int MaxNesting = 1000;
}
