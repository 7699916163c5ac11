namespace BsdfGen.Extensions;

/// <summary>The <c>image2d</c> and <c>image3d</c> extensions: the mapping <c>{array: ndarray, meta: mapping}</c>.</summary>
internal sealed class ImageExtension(BsdfImageKind kind) : BsdfExtension(kind == BsdfImageKind.Image2D ? "image2d" : "image3d")
{
    public override bool Match(object value) => value is BsdfImage image && image.Kind == kind;

    public override object? Encode(object value)
    {
        var image = (BsdfImage)value;
        return new BsdfMap(2) { ["array"] = image.Array, ["meta"] = image.Meta };
    }

    public override object? Decode(object? value)
    {
        if (value is not IDictionary<string, object?> map || !map.TryGetValue("array", out var array) || array is not BsdfNdArray pixels)
        {
            throw new FormatException($"an {Name} value must be a mapping with an ndarray 'array'");
        }

        var meta = map.TryGetValue("meta", out var metaValue) ? metaValue as IDictionary<string, object?> : null;
        if (metaValue is not null && meta is null)
        {
            throw new FormatException($"the 'meta' of an {Name} value must be a mapping");
        }

        return new BsdfImage(kind, pixels, meta ?? new BsdfMap());
    }
}
