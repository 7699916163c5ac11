using BsdfGen.Generator.CodeFixes;
using Xunit;

namespace BsdfGen.Generator.Tests;

/// <summary>
/// Each code fix, before and after. The framework also applies fix-all in document, project and solution scope
/// (with two or more diagnostics in a source, that is the fix-all test) and checks it gives the same result.
/// </summary>
public class CodeFixTests
{
    [Fact]
    public Task Make_partial_adds_partial_to_the_contract_and_its_containing_types() =>
        CodeFixVerifier<MakePartialCodeFix>.VerifyAsync("""
            using BsdfGen;
            [BsdfContract]
            public class {|BSDF001:Order|} { public int Id { get; set; } }
            class {|BSDF001:Outer|}
            {
                [BsdfContract] public sealed class {|BSDF001:Inner|} { }
            }
            """, """
            using BsdfGen;
            [BsdfContract]
            public partial class Order { public int Id { get; set; } }
            partial class Outer
            {
                [BsdfContract] public sealed partial class Inner { }
            }
            """);

    [Fact]
    public Task Ignore_member_marks_unsupported_members_BsdfIgnore() =>
        CodeFixVerifier<IgnoreMemberCodeFix>.VerifyAsync("""
            using BsdfGen;
            using System.Collections.Generic;
            [BsdfContract]
            public partial class Upload
            {
                public System.IO.Stream {|BSDF002:Data|} { get; set; } = null!;
                public Dictionary<int, string> {|BSDF002:names|} = new();
            }
            """, """
            using BsdfGen;
            using System.Collections.Generic;
            [BsdfContract]
            public partial class Upload
            {
                [BsdfIgnore]
                public System.IO.Stream Data { get; set; } = null!;
                [BsdfIgnore]
                public Dictionary<int, string> names = new();
            }
            """);

    [Fact]
    public Task Ignore_member_fixes_a_member_that_is_never_read_back() =>
        CodeFixVerifier<IgnoreMemberCodeFix>.VerifyAsync("""
            using BsdfGen;
            [BsdfContract]
            public partial class Reading
            {
                public Reading() { }
                public Reading(double celsius) { Value = celsius; }
                public double {|BSDF015:Value|} { get; }
            }
            """, """
            using BsdfGen;
            [BsdfContract]
            public partial class Reading
            {
                public Reading() { }
                public Reading(double celsius) { Value = celsius; }
                [BsdfIgnore]
                public double Value { get; }
            }
            """);

    [Fact]
    public Task Add_init_accessor_lets_decoding_set_the_member() =>
        CodeFixVerifier<AddInitAccessorCodeFix>.VerifyAsync("""
            using BsdfGen;
            [BsdfContract]
            public partial class Reading
            {
                public Reading() { }
                public Reading(double celsius) { Value = celsius; Low = celsius; }
                public double {|BSDF015:Value|} { get; }
                public double {|BSDF015:Low|} { get; }
            }
            """, """
            using BsdfGen;
            [BsdfContract]
            public partial class Reading
            {
                public Reading() { }
                public Reading(double celsius) { Value = celsius; Low = celsius; }
                public double Value { get; init; }
                public double Low { get; init; }
            }
            """);

    [Fact]
    public Task Use_free_key_changes_or_adds_the_key() =>
        CodeFixVerifier<UseFreeKeyCodeFix>.VerifyAsync("""
            using BsdfGen;
            [BsdfContract]
            public partial class C
            {
                [BsdfProperty("x")] public int A { get; set; }
                public int {|BSDF003:x|} { get; set; }
                [BsdfProperty("x")] public int {|BSDF003:B|} { get; set; }
            }
            """, """
            using BsdfGen;
            [BsdfContract]
            public partial class C
            {
                [BsdfProperty("x")] public int A { get; set; }
                [BsdfProperty("x2")]
                public int x { get; set; }
                [BsdfProperty("B")] public int B { get; set; }
            }
            """);

    [Fact]
    public Task Use_free_key_fixes_a_record_parameter_and_a_naming_policy_collision() =>
        CodeFixVerifier<UseFreeKeyCodeFix>.VerifyAsync("""
            using BsdfGen;
            [BsdfContract]
            public partial record R([property: BsdfProperty("x")] int A, int {|BSDF003:x|});
            [BsdfContract(NamingPolicy = BsdfNamingPolicy.SnakeCaseLower)]
            public partial class P
            {
                public int FirstName { get; set; }
                public int {|BSDF016:First_Name|} { get; set; }
            }
            """, """
            using BsdfGen;
            [BsdfContract]
            public partial record R([property: BsdfProperty("x")] int A, [property: BsdfProperty("x2")] int x);
            [BsdfContract(NamingPolicy = BsdfNamingPolicy.SnakeCaseLower)]
            public partial class P
            {
                public int FirstName { get; set; }
                [BsdfProperty("first_name2")]
                public int First_Name { get; set; }
            }
            """);

    [Fact]
    public Task Use_free_key_changes_the_key_written_on_a_record_parameter_without_a_target() =>
        CodeFixVerifier<UseFreeKeyCodeFix>.VerifyAsync("""
            using BsdfGen;
            [BsdfContract]
            public partial record R(int x, [BsdfProperty("x")] int {|BSDF003:A|});
            """, """
            using BsdfGen;
            [BsdfContract]
            public partial record R(int x, [BsdfProperty("A")] int A);
            """);

    [Fact]
    public Task Remove_attribute_removes_an_empty_key_from_a_record_parameter_without_a_target() =>
        CodeFixVerifier<RemoveAttributeCodeFix>.VerifyAsync("""
            using BsdfGen;
            [BsdfContract]
            public partial record R([BsdfProperty("")] int {|BSDF009:A|}, int B);
            """, """
            using BsdfGen;
            [BsdfContract]
            public partial record R(int A, int B);
            """);

    [Fact]
    public Task Add_known_type_lists_every_derived_contract_on_its_base_in_another_file() =>
        CodeFixVerifier<AddKnownTypeCodeFix>.VerifyAsync(
            [
                ("Shape.cs", """
                    using BsdfGen;
                    [BsdfContract, BsdfKnownType(typeof(Circle))]
                    public abstract partial class Shape { }
                    """),
                ("Shapes.cs", """
                    using BsdfGen;
                    [BsdfContract(Extension = "app.circle")] public partial class Circle : Shape { }
                    [BsdfContract(Extension = "app.square")] public partial class {|BSDF014:Square|} : Shape { }
                    [BsdfContract(Extension = "app.line")] public partial class {|BSDF014:Line|} : Shape { }
                    """),
            ],
            [
                ("Shape.cs", """
                    using BsdfGen;
                    [BsdfContract, BsdfKnownType(typeof(Circle))]
                    [BsdfKnownType(typeof(Square))]
                    [BsdfKnownType(typeof(Line))]
                    public abstract partial class Shape { }
                    """),
                ("Shapes.cs", """
                    using BsdfGen;
                    [BsdfContract(Extension = "app.circle")] public partial class Circle : Shape { }
                    [BsdfContract(Extension = "app.square")] public partial class Square : Shape { }
                    [BsdfContract(Extension = "app.line")] public partial class Line : Shape { }
                    """),
            ]);

    [Fact]
    public Task Mark_constructor_chooses_the_widest_constructor() =>
        CodeFixVerifier<MarkConstructorCodeFix>.VerifyAsync("""
            using BsdfGen;
            [BsdfContract]
            public partial class {|BSDF005:C|}
            {
                public C(int a) { A = a; }
                public C(int a, string b) { A = a; B = b; }
                public int A { get; }
                public string B { get; set; } = "";
            }
            """, """
            using BsdfGen;
            [BsdfContract]
            public partial class C
            {
                public C(int a) { A = a; }
                [BsdfConstructor]
                public C(int a, string b) { A = a; B = b; }
                public int A { get; }
                public string B { get; set; } = "";
            }
            """);

    [Fact]
    public Task Remove_attribute_removes_the_mistaken_attribute() =>
        CodeFixVerifier<RemoveAttributeCodeFix>.VerifyAsync("""
            using BsdfGen;
            [BsdfContract]
            public partial class C
            {
                [BsdfConstructor] public C() { }
                [BsdfConstructor] public {|BSDF004:C|}(int a) { A = a; }
                public int A { get; set; }
                [BsdfIgnore] public required int {|BSDF006:B|} { get; set; }
                [BsdfProperty("")]
                public int {|BSDF009:D|} { get; set; }
                [BsdfProperty("e"), System.Obsolete] private int {|BSDF013:e|};
                public int E { get => e; set => e = value; }
            }
            """, """
            using BsdfGen;
            [BsdfContract]
            public partial class C
            {
                [BsdfConstructor] public C() { }
                public C(int a) { A = a; }
                public int A { get; set; }
                public required int B { get; set; }
                public int D { get; set; }
                [System.Obsolete] private int e;
                public int E { get => e; set => e = value; }
            }
            """);

    [Fact]
    public Task Mark_contract_marks_the_type_a_call_cannot_serialize() =>
        CodeFixVerifier<MarkContractCodeFix>.VerifyAsync("""
            using BsdfGen;
            using System.Collections.Generic;
            public class Person { public string Name { get; set; } = ""; }
            public static class Store
            {
                public static Person Load(byte[] data) => Bsdf.Deserialize<{|BSDF018:Person|}>(data);
                public static byte[] Save(List<Person> people) => Bsdf.Serialize({|BSDF018:people|});
            }
            """, """
            using BsdfGen;
            using System.Collections.Generic;
            [BsdfContract]
            public partial class Person { public string Name { get; set; } = ""; }
            public static class Store
            {
                public static Person Load(byte[] data) => Bsdf.Deserialize<Person>(data);
                public static byte[] Save(List<Person> people) => Bsdf.Serialize(people);
            }
            """);
}
