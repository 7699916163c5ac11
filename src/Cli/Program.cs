using System.Text;
using BsdfGen.Cli;

try
{
    var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    using var output = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 64 * 1024);
    using var error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
    return CliApplication.Run(args, output, error);
}
catch (Exception exception)
{
    try
    {
        Console.Error.WriteLine(CliApplication.ErrorPrefix + CliApplication.Describe(exception));
    }
    catch (IOException)
    {
    }

    return 1;
}
