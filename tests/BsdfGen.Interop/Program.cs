using BsdfGen.Interop;

// The C# side of tests/python: `write-frames DIR` writes every frame of InteropFrames as DIR/NAME.bsdf (a mapping
// {"frame": frame}) with DIR/NAME.json describing its in-memory columns; `describe FILE...` prints a JSON list with
// the description of the frame in each file (the root, or its "frame" entry).
return args switch
{
    ["write-frames", var folder] => InteropCommands.WriteFrames(folder),
    ["describe", .. var files] when files.Length > 0 => InteropCommands.Describe(files),
    _ => InteropCommands.Usage(),
};
