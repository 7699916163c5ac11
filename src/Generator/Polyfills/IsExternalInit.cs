namespace System.Runtime.CompilerServices
{
    /// <summary>Lets records compile on netstandard2.0, which the generator targets to load in every SDK.</summary>
    internal static class IsExternalInit
    {
    }
}
