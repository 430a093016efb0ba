using Lagebild.Core.Data;

namespace Lagebild.Core.Tests;

public sealed class TsvFileTests
{
    [Fact]
    public void Comments_and_blank_lines_are_skipped_and_rows_keep_their_line_numbers()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "# format: a b\n\nx\ty\n# note\nz\tw\textra\n");
        try
        {
            var rows = TsvFile.Read(path, 2).ToList();
            Assert.Equal([3, 5], rows.Select(r => r.Line));
            Assert.Equal("extra", rows[1].Optional(2));
            Assert.Null(rows[0].Optional(2));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_short_row_is_an_error_naming_file_and_line()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "a\tb\nonly-one\n");
        try
        {
            var error = Assert.Throws<DataException>(() => TsvFile.Read(path, 2).ToList());
            Assert.Equal($"{path}:2", error.Location);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
