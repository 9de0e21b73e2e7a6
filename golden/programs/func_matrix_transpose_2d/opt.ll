; ModuleID = 'func_matrix_transpose_2d.sy'
source_filename = "func_matrix_transpose_2d.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@m = dso_local local_unnamed_addr global [4 x [5 x i32]] [[5 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5], [5 x i32] [i32 6, i32 7, i32 8, i32 9, i32 10], [5 x i32] [i32 11, i32 12, i32 13, i32 14, i32 15], [5 x i32] [i32 16, i32 17, i32 18, i32 19, i32 20]], align 16
@t = dso_local local_unnamed_addr global [5 x [4 x i32]] zeroinitializer, align 16

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @transpose() local_unnamed_addr #0 {
  %1 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 0, i64 0), align 16, !tbaa !5
  store i32 %1, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %2 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 0, i64 1), align 4, !tbaa !5
  store i32 %2, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 1, i64 0), align 16, !tbaa !5
  %3 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 0, i64 2), align 8, !tbaa !5
  store i32 %3, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 2, i64 0), align 16, !tbaa !5
  %4 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 0, i64 3), align 4, !tbaa !5
  store i32 %4, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 3, i64 0), align 16, !tbaa !5
  %5 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 0, i64 4), align 16, !tbaa !5
  store i32 %5, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 4, i64 0), align 16, !tbaa !5
  %6 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 1, i64 0), align 4, !tbaa !5
  store i32 %6, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %7 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 1, i64 1), align 8, !tbaa !5
  store i32 %7, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 1, i64 1), align 4, !tbaa !5
  %8 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 1, i64 2), align 4, !tbaa !5
  store i32 %8, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %9 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 1, i64 3), align 16, !tbaa !5
  store i32 %9, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 3, i64 1), align 4, !tbaa !5
  %10 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 1, i64 4), align 4, !tbaa !5
  store i32 %10, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 4, i64 1), align 4, !tbaa !5
  %11 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 2, i64 0), align 8, !tbaa !5
  store i32 %11, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 0, i64 2), align 8, !tbaa !5
  %12 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 2, i64 1), align 4, !tbaa !5
  store i32 %12, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 1, i64 2), align 8, !tbaa !5
  %13 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 2, i64 2), align 16, !tbaa !5
  store i32 %13, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 2, i64 2), align 8, !tbaa !5
  %14 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 2, i64 3), align 4, !tbaa !5
  store i32 %14, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 3, i64 2), align 8, !tbaa !5
  %15 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 2, i64 4), align 8, !tbaa !5
  store i32 %15, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 4, i64 2), align 8, !tbaa !5
  %16 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 3, i64 0), align 4, !tbaa !5
  store i32 %16, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 0, i64 3), align 4, !tbaa !5
  %17 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 3, i64 1), align 16, !tbaa !5
  store i32 %17, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 1, i64 3), align 4, !tbaa !5
  %18 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 3, i64 2), align 4, !tbaa !5
  store i32 %18, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 2, i64 3), align 4, !tbaa !5
  %19 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 3, i64 3), align 8, !tbaa !5
  store i32 %19, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 3, i64 3), align 4, !tbaa !5
  %20 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 3, i64 4), align 4, !tbaa !5
  store i32 %20, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 4, i64 3), align 4, !tbaa !5
  ret void
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @row_sum([4 x i32]* nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = sext i32 %1 to i64
  %4 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 %3, i64 0
  %5 = load i32, i32* %4, align 4, !tbaa !5
  %6 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 %3, i64 1
  %7 = load i32, i32* %6, align 4, !tbaa !5
  %8 = add nsw i32 %7, %5
  %9 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 %3, i64 2
  %10 = load i32, i32* %9, align 4, !tbaa !5
  %11 = add nsw i32 %10, %8
  %12 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 %3, i64 3
  %13 = load i32, i32* %12, align 4, !tbaa !5
  %14 = add nsw i32 %13, %11
  ret i32 %14
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #3 {
  %1 = alloca [5 x i32], align 16
  %2 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 0, i64 0), align 16, !tbaa !5
  store i32 %2, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %3 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 0, i64 1), align 4, !tbaa !5
  store i32 %3, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 1, i64 0), align 16, !tbaa !5
  %4 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 0, i64 2), align 8, !tbaa !5
  store i32 %4, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 2, i64 0), align 16, !tbaa !5
  %5 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 0, i64 3), align 4, !tbaa !5
  store i32 %5, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 3, i64 0), align 16, !tbaa !5
  %6 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 0, i64 4), align 16, !tbaa !5
  store i32 %6, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 4, i64 0), align 16, !tbaa !5
  %7 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 1, i64 0), align 4, !tbaa !5
  store i32 %7, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %8 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 1, i64 1), align 8, !tbaa !5
  store i32 %8, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 1, i64 1), align 4, !tbaa !5
  %9 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 1, i64 2), align 4, !tbaa !5
  store i32 %9, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %10 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 1, i64 3), align 16, !tbaa !5
  store i32 %10, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 3, i64 1), align 4, !tbaa !5
  %11 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 1, i64 4), align 4, !tbaa !5
  store i32 %11, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 4, i64 1), align 4, !tbaa !5
  %12 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 2, i64 0), align 8, !tbaa !5
  store i32 %12, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 0, i64 2), align 8, !tbaa !5
  %13 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 2, i64 1), align 4, !tbaa !5
  store i32 %13, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 1, i64 2), align 8, !tbaa !5
  %14 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 2, i64 2), align 16, !tbaa !5
  store i32 %14, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 2, i64 2), align 8, !tbaa !5
  %15 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 2, i64 3), align 4, !tbaa !5
  store i32 %15, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 3, i64 2), align 8, !tbaa !5
  %16 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 2, i64 4), align 8, !tbaa !5
  store i32 %16, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 4, i64 2), align 8, !tbaa !5
  %17 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 3, i64 0), align 4, !tbaa !5
  store i32 %17, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 0, i64 3), align 4, !tbaa !5
  %18 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 3, i64 1), align 16, !tbaa !5
  store i32 %18, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 1, i64 3), align 4, !tbaa !5
  %19 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 3, i64 2), align 4, !tbaa !5
  store i32 %19, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 2, i64 3), align 4, !tbaa !5
  %20 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 3, i64 3), align 8, !tbaa !5
  store i32 %20, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 3, i64 3), align 4, !tbaa !5
  %21 = load i32, i32* getelementptr inbounds ([4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 3, i64 4), align 4, !tbaa !5
  store i32 %21, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 4, i64 3), align 4, !tbaa !5
  tail call void @putint(i32 noundef %2) #5
  tail call void @putch(i32 noundef 32) #5
  %22 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 0, i64 1), align 4, !tbaa !5
  tail call void @putint(i32 noundef %22) #5
  tail call void @putch(i32 noundef 32) #5
  %23 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 0, i64 2), align 8, !tbaa !5
  tail call void @putint(i32 noundef %23) #5
  tail call void @putch(i32 noundef 32) #5
  %24 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 0, i64 3), align 4, !tbaa !5
  tail call void @putint(i32 noundef %24) #5
  tail call void @putch(i32 noundef 10) #5
  %25 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 1, i64 0), align 16, !tbaa !5
  tail call void @putint(i32 noundef %25) #5
  tail call void @putch(i32 noundef 32) #5
  %26 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 1, i64 1), align 4, !tbaa !5
  tail call void @putint(i32 noundef %26) #5
  tail call void @putch(i32 noundef 32) #5
  %27 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 1, i64 2), align 8, !tbaa !5
  tail call void @putint(i32 noundef %27) #5
  tail call void @putch(i32 noundef 32) #5
  %28 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 1, i64 3), align 4, !tbaa !5
  tail call void @putint(i32 noundef %28) #5
  tail call void @putch(i32 noundef 10) #5
  %29 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 2, i64 0), align 16, !tbaa !5
  tail call void @putint(i32 noundef %29) #5
  tail call void @putch(i32 noundef 32) #5
  %30 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 2, i64 1), align 4, !tbaa !5
  tail call void @putint(i32 noundef %30) #5
  tail call void @putch(i32 noundef 32) #5
  %31 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 2, i64 2), align 8, !tbaa !5
  tail call void @putint(i32 noundef %31) #5
  tail call void @putch(i32 noundef 32) #5
  %32 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 2, i64 3), align 4, !tbaa !5
  tail call void @putint(i32 noundef %32) #5
  tail call void @putch(i32 noundef 10) #5
  %33 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 3, i64 0), align 16, !tbaa !5
  tail call void @putint(i32 noundef %33) #5
  tail call void @putch(i32 noundef 32) #5
  %34 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 3, i64 1), align 4, !tbaa !5
  tail call void @putint(i32 noundef %34) #5
  tail call void @putch(i32 noundef 32) #5
  %35 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 3, i64 2), align 8, !tbaa !5
  tail call void @putint(i32 noundef %35) #5
  tail call void @putch(i32 noundef 32) #5
  %36 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 3, i64 3), align 4, !tbaa !5
  tail call void @putint(i32 noundef %36) #5
  tail call void @putch(i32 noundef 10) #5
  %37 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 4, i64 0), align 16, !tbaa !5
  tail call void @putint(i32 noundef %37) #5
  tail call void @putch(i32 noundef 32) #5
  %38 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 4, i64 1), align 4, !tbaa !5
  tail call void @putint(i32 noundef %38) #5
  tail call void @putch(i32 noundef 32) #5
  %39 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 4, i64 2), align 8, !tbaa !5
  tail call void @putint(i32 noundef %39) #5
  tail call void @putch(i32 noundef 32) #5
  %40 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 4, i64 3), align 4, !tbaa !5
  tail call void @putint(i32 noundef %40) #5
  tail call void @putch(i32 noundef 10) #5
  %41 = bitcast [5 x i32]* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 20, i8* nonnull %41) #5
  %42 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %43 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %44 = add nsw i32 %43, %42
  %45 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 0, i64 2), align 8, !tbaa !5
  %46 = add nsw i32 %44, %45
  %47 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 0, i64 3), align 4, !tbaa !5
  %48 = add nsw i32 %46, %47
  %49 = getelementptr inbounds [5 x i32], [5 x i32]* %1, i64 0, i64 0
  store i32 %48, i32* %49, align 16, !tbaa !5
  %50 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 1, i64 0), align 16, !tbaa !5
  %51 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 1, i64 1), align 4, !tbaa !5
  %52 = add nsw i32 %51, %50
  %53 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 1, i64 2), align 8, !tbaa !5
  %54 = add nsw i32 %52, %53
  %55 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 1, i64 3), align 4, !tbaa !5
  %56 = add nsw i32 %54, %55
  %57 = getelementptr inbounds [5 x i32], [5 x i32]* %1, i64 0, i64 1
  store i32 %56, i32* %57, align 4, !tbaa !5
  %58 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 2, i64 0), align 16, !tbaa !5
  %59 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %60 = add nsw i32 %59, %58
  %61 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 2, i64 2), align 8, !tbaa !5
  %62 = add nsw i32 %60, %61
  %63 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 2, i64 3), align 4, !tbaa !5
  %64 = add nsw i32 %62, %63
  %65 = getelementptr inbounds [5 x i32], [5 x i32]* %1, i64 0, i64 2
  store i32 %64, i32* %65, align 8, !tbaa !5
  %66 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 3, i64 0), align 16, !tbaa !5
  %67 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 3, i64 1), align 4, !tbaa !5
  %68 = add nsw i32 %67, %66
  %69 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 3, i64 2), align 8, !tbaa !5
  %70 = add nsw i32 %68, %69
  %71 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 3, i64 3), align 4, !tbaa !5
  %72 = add nsw i32 %70, %71
  %73 = getelementptr inbounds [5 x i32], [5 x i32]* %1, i64 0, i64 3
  store i32 %72, i32* %73, align 4, !tbaa !5
  %74 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 4, i64 0), align 16, !tbaa !5
  %75 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 4, i64 1), align 4, !tbaa !5
  %76 = add nsw i32 %75, %74
  %77 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 4, i64 2), align 8, !tbaa !5
  %78 = add nsw i32 %76, %77
  %79 = load i32, i32* getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 4, i64 3), align 4, !tbaa !5
  %80 = add nsw i32 %78, %79
  %81 = getelementptr inbounds [5 x i32], [5 x i32]* %1, i64 0, i64 4
  store i32 %80, i32* %81, align 16, !tbaa !5
  call void @putarray(i32 noundef 5, i32* noundef nonnull %49) #5
  call void @putint(i32 noundef 5) #5
  call void @putch(i32 noundef 10) #5
  %82 = load i32, i32* %81, align 16, !tbaa !5
  %83 = load i32, i32* %49, align 16, !tbaa !5
  %84 = add i32 %82, 5
  %85 = sub i32 %84, %83
  call void @llvm.lifetime.end.p0i8(i64 20, i8* nonnull %41) #5
  ret i32 %85
}

declare void @putint(i32 noundef) local_unnamed_addr #4

declare void @putch(i32 noundef) local_unnamed_addr #4

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #4

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
