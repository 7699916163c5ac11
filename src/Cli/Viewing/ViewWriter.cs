using System.Text;

namespace BsdfGen.Cli.Viewing;

/// <summary>
/// Collects the lines of a view and passes them on in chunks. Lines written after a
/// <see cref="Checkpoint"/> are held back until <see cref="Commit"/>, so that <see cref="Rollback"/>
/// can take back the lines of a value that turned out to be cut off.
/// </summary>
internal sealed class ViewWriter(TextWriter target)
{
    private const int FlushThreshold = 64 * 1024;

    private readonly StringBuilder _buffer = new();
    private int _held;

    public void WriteLine(string line)
    {
        _buffer.Append(line).Append(target.NewLine);
        FlushIfLarge();
    }

    /// <summary>Writes the start of a line that the next <see cref="WriteLine"/> completes.</summary>
    public void Write(string text) => _buffer.Append(text);

    public int Checkpoint()
    {
        _held++;
        return _buffer.Length;
    }

    public void Commit()
    {
        _held--;
        FlushIfLarge();
    }

    public void Rollback(int checkpoint)
    {
        _buffer.Length = checkpoint;
        _held--;
    }

    public void Flush()
    {
        target.Write(_buffer);
        _buffer.Clear();
    }

    private void FlushIfLarge()
    {
        if (_held == 0 && _buffer.Length >= FlushThreshold)
        {
            Flush();
        }
    }
}
