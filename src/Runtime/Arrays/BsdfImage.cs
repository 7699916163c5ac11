namespace BsdfGen;

/// <summary>Which image extension a <see cref="BsdfImage"/> is written with.</summary>
public enum BsdfImageKind
{
    /// <summary><c>image2d</c>: an array of 2 dimensions, or 3 with color channels last.</summary>
    Image2D,
    /// <summary><c>image3d</c>: an array of 3 dimensions, or 4 with color channels last.</summary>
    Image3D,
}

/// <summary>An image as the <c>image2d</c> / <c>image3d</c> extensions carry it: pixels and free-form metadata.</summary>
/// <param name="Kind">2-D or 3-D.</param>
/// <param name="Array">The pixels.</param>
/// <param name="Meta">Metadata (any values).</param>
public sealed record BsdfImage(BsdfImageKind Kind, BsdfNdArray Array, IDictionary<string, object?> Meta);
