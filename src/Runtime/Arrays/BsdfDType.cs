namespace BsdfGen;

/// <summary>The element types of the <c>ndarray</c> extension, named as numpy names them.</summary>
public enum BsdfDType
{
    /// <summary><c>bool</c>: one byte, 0 or 1 (<see cref="bool"/>).</summary>
    Bool,
    /// <summary><c>int8</c> (<see cref="sbyte"/>).</summary>
    Int8,
    /// <summary><c>uint8</c> (<see cref="byte"/>).</summary>
    UInt8,
    /// <summary><c>int16</c> (<see cref="short"/>).</summary>
    Int16,
    /// <summary><c>uint16</c> (<see cref="ushort"/>).</summary>
    UInt16,
    /// <summary><c>int32</c> (<see cref="int"/>).</summary>
    Int32,
    /// <summary><c>uint32</c> (<see cref="uint"/>).</summary>
    UInt32,
    /// <summary><c>int64</c> (<see cref="long"/>).</summary>
    Int64,
    /// <summary><c>uint64</c> (<see cref="ulong"/>).</summary>
    UInt64,
    /// <summary><c>float16</c> (<see cref="Half"/>).</summary>
    Float16,
    /// <summary><c>float32</c> (<see cref="float"/>).</summary>
    Float32,
    /// <summary><c>float64</c> (<see cref="double"/>).</summary>
    Float64,
    /// <summary><c>complex64</c>: two float32 per element (no .NET element type; use <c>AsSpan&lt;float&gt;</c> on the raw data).</summary>
    Complex64,
    /// <summary><c>complex128</c> (<see cref="System.Numerics.Complex"/>).</summary>
    Complex128,
}
