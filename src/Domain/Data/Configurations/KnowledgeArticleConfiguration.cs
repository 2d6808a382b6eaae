using CallCenter.Domain.Knowledge;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CallCenter.Domain.Data.Configurations;

internal sealed class KnowledgeArticleConfiguration : IEntityTypeConfiguration<KnowledgeArticle>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticle> b)
    {
        b.ToTable("knowledge_articles");
        b.HasKey(x => x.Id);
        b.Property(x => x.Title).HasMaxLength(KnowledgeBase.MaxTitleLength);
        b.Property(x => x.Category).HasMaxLength(KnowledgeBase.MaxCategoryLength);
        b.Property(x => x.Keywords).HasMaxLength(KnowledgeBase.MaxKeywordsLength);
        b.Property(x => x.Body).HasMaxLength(KnowledgeBase.MaxBodyLength);
        b.HasIndex(x => x.Category);
    }
}
