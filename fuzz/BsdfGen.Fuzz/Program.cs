using BsdfGen.Fuzz;
using BsdfGen.Fuzz.Targets;
using SharpFuzz;

// BsdfGen.Fuzz TARGET                 run under afl-fuzz (SharpFuzz persistent mode)
// BsdfGen.Fuzz TARGET --replay PATH…  run files (or every file in folders) once; exit 1 on a finding
// BsdfGen.Fuzz TARGET --seeds DIR     write the target's hand-made seeds into DIR
// BsdfGen.Fuzz --list                 the targets
if (args.Length == 0 || args[0] == "--list")
{
    foreach (var each in FuzzTargets.All)
    {
        Console.WriteLine($"{each.Name,-12} {each.Description}");
    }

    return args.Length == 0 ? 2 : 0;
}

var target = FuzzTargets.Find(args[0]);
if (target is null)
{
    Console.Error.WriteLine($"error: no target '{args[0]}' (see --list)");
    return 2;
}

try
{
    switch (args.Length > 1 ? args[1] : null)
    {
        case "--seeds" when args.Length == 3:
            Directory.CreateDirectory(args[2]);
            foreach (var (name, bytes) in target.Seeds())
            {
                File.WriteAllBytes(Path.Combine(args[2], name), bytes);
            }

            return 0;
        case "--replay":
            return Replay.Run(target, args.Skip(2));
        case null:
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                target.Execute(buffer.ToArray());
            });
            return 0;
        default:
            Console.Error.WriteLine("usage: BsdfGen.Fuzz TARGET [--replay PATH... | --seeds DIR]");
            return 2;
    }
}
finally
{
    OpenTarget.DeleteInputFile();
}
