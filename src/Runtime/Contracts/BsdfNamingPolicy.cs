namespace BsdfGen;

/// <summary>
/// How the source generator turns member names into keys when no <see cref="BsdfPropertyAttribute"/> names one:
/// the conventions of System.Text.Json's <c>JsonNamingPolicy</c>, applied at compile time. For example
/// <c>LossValue</c> becomes <c>lossValue</c>, <c>loss_value</c>, <c>LOSS_VALUE</c>, <c>loss-value</c> or <c>LOSS-VALUE</c>.
/// </summary>
public enum BsdfNamingPolicy
{
    /// <summary>Keys are the member names as written (the default).</summary>
    None = 0,

    /// <summary><c>camelCase</c>: the leading capitals lowered (<c>URLValue</c> becomes <c>urlValue</c>).</summary>
    CamelCase = 1,

    /// <summary><c>snake_case</c> in lower case, as Python code names things.</summary>
    SnakeCaseLower = 2,

    /// <summary><c>SNAKE_CASE</c> in upper case.</summary>
    SnakeCaseUpper = 3,

    /// <summary><c>kebab-case</c> in lower case.</summary>
    KebabCaseLower = 4,

    /// <summary><c>KEBAB-CASE</c> in upper case.</summary>
    KebabCaseUpper = 5,
}
