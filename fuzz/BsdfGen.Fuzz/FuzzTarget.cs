namespace BsdfGen.Fuzz;

/// <summary>
/// One entry point fed arbitrary bytes, through one or more independent steps. An exception that
/// <see cref="IsRejection"/> accepts is the entry point's documented answer to bad input and ends that step; any other
/// exception (or a hang, or a dead process) is a finding.
/// </summary>
/// <param name="Name">The name given on the command line.</param>
/// <param name="Description">What the target calls.</param>
/// <param name="Steps">The calls made on each input, each run even when an earlier one rejected it.</param>
/// <param name="IsRejection">Whether an exception is the entry point's documented error for bad input.</param>
/// <param name="Seeds">Hand-made inputs added to the corpus (the shared vectors are copied in by run.sh).</param>
internal sealed record FuzzTarget(
    string Name,
    string Description,
    IReadOnlyList<Action<byte[]>> Steps,
    Func<Exception, bool> IsRejection,
    Func<IEnumerable<KeyValuePair<string, byte[]>>> Seeds)
{
    /// <summary>Runs every step on the input; bad input rejected as documented returns normally.</summary>
    public void Execute(byte[] input)
    {
        foreach (var step in Steps)
        {
            try
            {
                step(input);
            }
            catch (Exception error) when (IsRejection(error))
            {
            }
        }
    }
}
