using System.Net.Http.Headers;

namespace ShopBot.Bot.Tests.Attachments;

/// <summary>The photos the tests send, and a buyer's upload as <c>botframework-directlinejs</c> posts it.</summary>
internal static class TestPhotos
{
    public static byte[] BrokenBowl { get; } = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "tests", "Bot.Tests", "Browser", "photos", "broken-bowl.png"));

    public static byte[] ReturnAddress { get; } = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "tests", "Bot.Tests", "Browser", "photos", "return-address.png"));

    /// <summary>Multipart: an <c>activity</c> blob, then the image as a <c>file</c> part.</summary>
    public static async Task UploadAsync(HttpClient http, string conversationId, string token, byte[] image)
    {
        using var form = new MultipartFormDataContent();
        var activity = new StringContent("""{"type":"message","attachments":[{"contentType":"image/png","name":"photo.png"}]}""");
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var file = new ByteArrayContent(image);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "破损.png");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/upload") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
