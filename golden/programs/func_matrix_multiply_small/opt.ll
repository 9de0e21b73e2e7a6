; ModuleID = 'func_matrix_multiply_small.sy'
source_filename = "func_matrix_multiply_small.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@A = dso_local global [4 x [4 x i32]] [[4 x i32] [i32 1, i32 2, i32 0, i32 1], [4 x i32] [i32 0, i32 1, i32 3, i32 0], [4 x i32] [i32 2, i32 0, i32 1, i32 1], [4 x i32] [i32 1, i32 1, i32 0, i32 2]], align 16
@I = dso_local global [4 x [4 x i32]] [[4 x i32] [i32 1, i32 0, i32 0, i32 0], [4 x i32] [i32 0, i32 1, i32 0, i32 0], [4 x i32] [i32 0, i32 0, i32 1, i32 0], [4 x i32] [i32 0, i32 0, i32 0, i32 1]], align 16
@R = dso_local global [4 x [4 x i32]] zeroinitializer, align 16
@T = dso_local global [4 x [4 x i32]] zeroinitializer, align 16

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @mul([4 x i32]* nocapture noundef readonly %0, [4 x i32]* nocapture noundef readonly %1, [4 x i32]* nocapture noundef writeonly %2) local_unnamed_addr #0 {
  %4 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 0, i64 0
  %5 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 1, i64 0
  %6 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 2, i64 0
  %7 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 3, i64 0
  %8 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 0, i64 1
  %9 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 1, i64 1
  %10 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 2, i64 1
  %11 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 3, i64 1
  %12 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 0, i64 2
  %13 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 1, i64 2
  %14 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 2, i64 2
  %15 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 3, i64 2
  %16 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 0, i64 3
  %17 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 1, i64 3
  %18 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 2, i64 3
  %19 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 3, i64 3
  br label %20

20:                                               ; preds = %3, %20
  %21 = phi i64 [ 0, %3 ], [ %106, %20 ]
  %22 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 %21, i64 0
  %23 = load i32, i32* %22, align 4, !tbaa !5
  %24 = load i32, i32* %4, align 4, !tbaa !5
  %25 = mul nsw i32 %24, %23
  %26 = srem i32 %25, 10007
  %27 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 %21, i64 1
  %28 = load i32, i32* %27, align 4, !tbaa !5
  %29 = load i32, i32* %5, align 4, !tbaa !5
  %30 = mul nsw i32 %29, %28
  %31 = add nsw i32 %30, %26
  %32 = srem i32 %31, 10007
  %33 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 %21, i64 2
  %34 = load i32, i32* %33, align 4, !tbaa !5
  %35 = load i32, i32* %6, align 4, !tbaa !5
  %36 = mul nsw i32 %35, %34
  %37 = add nsw i32 %36, %32
  %38 = srem i32 %37, 10007
  %39 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 %21, i64 3
  %40 = load i32, i32* %39, align 4, !tbaa !5
  %41 = load i32, i32* %7, align 4, !tbaa !5
  %42 = mul nsw i32 %41, %40
  %43 = add nsw i32 %42, %38
  %44 = srem i32 %43, 10007
  %45 = getelementptr inbounds [4 x i32], [4 x i32]* %2, i64 %21, i64 0
  store i32 %44, i32* %45, align 4, !tbaa !5
  %46 = load i32, i32* %22, align 4, !tbaa !5
  %47 = load i32, i32* %8, align 4, !tbaa !5
  %48 = mul nsw i32 %47, %46
  %49 = srem i32 %48, 10007
  %50 = load i32, i32* %27, align 4, !tbaa !5
  %51 = load i32, i32* %9, align 4, !tbaa !5
  %52 = mul nsw i32 %51, %50
  %53 = add nsw i32 %52, %49
  %54 = srem i32 %53, 10007
  %55 = load i32, i32* %33, align 4, !tbaa !5
  %56 = load i32, i32* %10, align 4, !tbaa !5
  %57 = mul nsw i32 %56, %55
  %58 = add nsw i32 %57, %54
  %59 = srem i32 %58, 10007
  %60 = load i32, i32* %39, align 4, !tbaa !5
  %61 = load i32, i32* %11, align 4, !tbaa !5
  %62 = mul nsw i32 %61, %60
  %63 = add nsw i32 %62, %59
  %64 = srem i32 %63, 10007
  %65 = getelementptr inbounds [4 x i32], [4 x i32]* %2, i64 %21, i64 1
  store i32 %64, i32* %65, align 4, !tbaa !5
  %66 = load i32, i32* %22, align 4, !tbaa !5
  %67 = load i32, i32* %12, align 4, !tbaa !5
  %68 = mul nsw i32 %67, %66
  %69 = srem i32 %68, 10007
  %70 = load i32, i32* %27, align 4, !tbaa !5
  %71 = load i32, i32* %13, align 4, !tbaa !5
  %72 = mul nsw i32 %71, %70
  %73 = add nsw i32 %72, %69
  %74 = srem i32 %73, 10007
  %75 = load i32, i32* %33, align 4, !tbaa !5
  %76 = load i32, i32* %14, align 4, !tbaa !5
  %77 = mul nsw i32 %76, %75
  %78 = add nsw i32 %77, %74
  %79 = srem i32 %78, 10007
  %80 = load i32, i32* %39, align 4, !tbaa !5
  %81 = load i32, i32* %15, align 4, !tbaa !5
  %82 = mul nsw i32 %81, %80
  %83 = add nsw i32 %82, %79
  %84 = srem i32 %83, 10007
  %85 = getelementptr inbounds [4 x i32], [4 x i32]* %2, i64 %21, i64 2
  store i32 %84, i32* %85, align 4, !tbaa !5
  %86 = load i32, i32* %22, align 4, !tbaa !5
  %87 = load i32, i32* %16, align 4, !tbaa !5
  %88 = mul nsw i32 %87, %86
  %89 = srem i32 %88, 10007
  %90 = load i32, i32* %27, align 4, !tbaa !5
  %91 = load i32, i32* %17, align 4, !tbaa !5
  %92 = mul nsw i32 %91, %90
  %93 = add nsw i32 %92, %89
  %94 = srem i32 %93, 10007
  %95 = load i32, i32* %33, align 4, !tbaa !5
  %96 = load i32, i32* %18, align 4, !tbaa !5
  %97 = mul nsw i32 %96, %95
  %98 = add nsw i32 %97, %94
  %99 = srem i32 %98, 10007
  %100 = load i32, i32* %39, align 4, !tbaa !5
  %101 = load i32, i32* %19, align 4, !tbaa !5
  %102 = mul nsw i32 %101, %100
  %103 = add nsw i32 %102, %99
  %104 = srem i32 %103, 10007
  %105 = getelementptr inbounds [4 x i32], [4 x i32]* %2, i64 %21, i64 3
  store i32 %104, i32* %105, align 4, !tbaa !5
  %106 = add nuw nsw i64 %21, 1
  %107 = icmp eq i64 %106, 4
  br i1 %107, label %108, label %20, !llvm.loop !9

108:                                              ; preds = %20
  ret void
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @copy([4 x i32]* nocapture noundef readonly %0, [4 x i32]* nocapture noundef writeonly %1) local_unnamed_addr #0 {
  %3 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 0, i64 0
  %4 = load i32, i32* %3, align 4, !tbaa !5
  %5 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 0, i64 0
  store i32 %4, i32* %5, align 4, !tbaa !5
  %6 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 0, i64 1
  %7 = load i32, i32* %6, align 4, !tbaa !5
  %8 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 0, i64 1
  store i32 %7, i32* %8, align 4, !tbaa !5
  %9 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 0, i64 2
  %10 = load i32, i32* %9, align 4, !tbaa !5
  %11 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 0, i64 2
  store i32 %10, i32* %11, align 4, !tbaa !5
  %12 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 0, i64 3
  %13 = load i32, i32* %12, align 4, !tbaa !5
  %14 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 0, i64 3
  store i32 %13, i32* %14, align 4, !tbaa !5
  %15 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 1, i64 0
  %16 = load i32, i32* %15, align 4, !tbaa !5
  %17 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 1, i64 0
  store i32 %16, i32* %17, align 4, !tbaa !5
  %18 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 1, i64 1
  %19 = load i32, i32* %18, align 4, !tbaa !5
  %20 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 1, i64 1
  store i32 %19, i32* %20, align 4, !tbaa !5
  %21 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 1, i64 2
  %22 = load i32, i32* %21, align 4, !tbaa !5
  %23 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 1, i64 2
  store i32 %22, i32* %23, align 4, !tbaa !5
  %24 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 1, i64 3
  %25 = load i32, i32* %24, align 4, !tbaa !5
  %26 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 1, i64 3
  store i32 %25, i32* %26, align 4, !tbaa !5
  %27 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 2, i64 0
  %28 = load i32, i32* %27, align 4, !tbaa !5
  %29 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 2, i64 0
  store i32 %28, i32* %29, align 4, !tbaa !5
  %30 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 2, i64 1
  %31 = load i32, i32* %30, align 4, !tbaa !5
  %32 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 2, i64 1
  store i32 %31, i32* %32, align 4, !tbaa !5
  %33 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 2, i64 2
  %34 = load i32, i32* %33, align 4, !tbaa !5
  %35 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 2, i64 2
  store i32 %34, i32* %35, align 4, !tbaa !5
  %36 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 2, i64 3
  %37 = load i32, i32* %36, align 4, !tbaa !5
  %38 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 2, i64 3
  store i32 %37, i32* %38, align 4, !tbaa !5
  %39 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 3, i64 0
  %40 = load i32, i32* %39, align 4, !tbaa !5
  %41 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 3, i64 0
  store i32 %40, i32* %41, align 4, !tbaa !5
  %42 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 3, i64 1
  %43 = load i32, i32* %42, align 4, !tbaa !5
  %44 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 3, i64 1
  store i32 %43, i32* %44, align 4, !tbaa !5
  %45 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 3, i64 2
  %46 = load i32, i32* %45, align 4, !tbaa !5
  %47 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 3, i64 2
  store i32 %46, i32* %47, align 4, !tbaa !5
  %48 = getelementptr inbounds [4 x i32], [4 x i32]* %0, i64 3, i64 3
  %49 = load i32, i32* %48, align 4, !tbaa !5
  %50 = getelementptr inbounds [4 x i32], [4 x i32]* %1, i64 3, i64 3
  store i32 %49, i32* %50, align 4, !tbaa !5
  ret void
}

; Function Attrs: nofree nosync nounwind uwtable
define dso_local void @mat_pow(i32 noundef %0) local_unnamed_addr #2 {
  %2 = alloca [4 x [4 x i32]], align 16
  %3 = bitcast [4 x [4 x i32]]* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %3) #5
  %4 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %2, i64 0, i64 0
  %5 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %6 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %2, i64 0, i64 0, i64 0
  store i32 %5, i32* %6, align 16, !tbaa !5
  %7 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %8 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %2, i64 0, i64 0, i64 1
  store i32 %7, i32* %8, align 4, !tbaa !5
  %9 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 0, i64 2), align 8, !tbaa !5
  %10 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %2, i64 0, i64 0, i64 2
  store i32 %9, i32* %10, align 8, !tbaa !5
  %11 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 0, i64 3), align 4, !tbaa !5
  %12 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %2, i64 0, i64 0, i64 3
  store i32 %11, i32* %12, align 4, !tbaa !5
  %13 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 1, i64 0), align 16, !tbaa !5
  %14 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %2, i64 0, i64 1, i64 0
  store i32 %13, i32* %14, align 16, !tbaa !5
  %15 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 1, i64 1), align 4, !tbaa !5
  %16 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %2, i64 0, i64 1, i64 1
  store i32 %15, i32* %16, align 4, !tbaa !5
  %17 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 1, i64 2), align 8, !tbaa !5
  %18 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %2, i64 0, i64 1, i64 2
  store i32 %17, i32* %18, align 8, !tbaa !5
  %19 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 1, i64 3), align 4, !tbaa !5
  %20 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %2, i64 0, i64 1, i64 3
  store i32 %19, i32* %20, align 4, !tbaa !5
  %21 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 2, i64 0), align 16, !tbaa !5
  %22 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %2, i64 0, i64 2, i64 0
  store i32 %21, i32* %22, align 16, !tbaa !5
  %23 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %24 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %2, i64 0, i64 2, i64 1
  store i32 %23, i32* %24, align 4, !tbaa !5
  %25 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 2, i64 2), align 8, !tbaa !5
  %26 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %2, i64 0, i64 2, i64 2
  store i32 %25, i32* %26, align 8, !tbaa !5
  %27 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 2, i64 3), align 4, !tbaa !5
  %28 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %2, i64 0, i64 2, i64 3
  store i32 %27, i32* %28, align 4, !tbaa !5
  %29 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 3, i64 0), align 16, !tbaa !5
  %30 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %2, i64 0, i64 3, i64 0
  store i32 %29, i32* %30, align 16, !tbaa !5
  %31 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 3, i64 1), align 4, !tbaa !5
  %32 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %2, i64 0, i64 3, i64 1
  store i32 %31, i32* %32, align 4, !tbaa !5
  %33 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 3, i64 2), align 8, !tbaa !5
  %34 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %2, i64 0, i64 3, i64 2
  store i32 %33, i32* %34, align 8, !tbaa !5
  %35 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 3, i64 3), align 4, !tbaa !5
  %36 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %2, i64 0, i64 3, i64 3
  store i32 %35, i32* %36, align 4, !tbaa !5
  %37 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 0, i64 0), align 16, !tbaa !5
  store i32 %37, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %38 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 0, i64 1), align 4, !tbaa !5
  store i32 %38, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %39 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 0, i64 2), align 8, !tbaa !5
  store i32 %39, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 0, i64 2), align 8, !tbaa !5
  %40 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 0, i64 3), align 4, !tbaa !5
  store i32 %40, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 0, i64 3), align 4, !tbaa !5
  %41 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 1, i64 0), align 16, !tbaa !5
  store i32 %41, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 1, i64 0), align 16, !tbaa !5
  %42 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 1, i64 1), align 4, !tbaa !5
  store i32 %42, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 1, i64 1), align 4, !tbaa !5
  %43 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 1, i64 2), align 8, !tbaa !5
  store i32 %43, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 1, i64 2), align 8, !tbaa !5
  %44 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 1, i64 3), align 4, !tbaa !5
  store i32 %44, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 1, i64 3), align 4, !tbaa !5
  %45 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 2, i64 0), align 16, !tbaa !5
  store i32 %45, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 2, i64 0), align 16, !tbaa !5
  %46 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 2, i64 1), align 4, !tbaa !5
  store i32 %46, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %47 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 2, i64 2), align 8, !tbaa !5
  store i32 %47, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 2, i64 2), align 8, !tbaa !5
  %48 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 2, i64 3), align 4, !tbaa !5
  store i32 %48, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 2, i64 3), align 4, !tbaa !5
  %49 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 3, i64 0), align 16, !tbaa !5
  store i32 %49, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 3, i64 0), align 16, !tbaa !5
  %50 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 3, i64 1), align 4, !tbaa !5
  store i32 %50, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 3, i64 1), align 4, !tbaa !5
  %51 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 3, i64 2), align 8, !tbaa !5
  store i32 %51, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 3, i64 2), align 8, !tbaa !5
  %52 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 3, i64 3), align 4, !tbaa !5
  store i32 %52, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 3, i64 3), align 4, !tbaa !5
  %53 = icmp sgt i32 %0, 0
  br i1 %53, label %54, label %94

54:                                               ; preds = %1, %75
  %55 = phi i32 [ %92, %75 ], [ %0, %1 ]
  %56 = and i32 %55, 1
  %57 = icmp eq i32 %56, 0
  br i1 %57, label %75, label %58

58:                                               ; preds = %54
  call void @mul([4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 0), [4 x i32]* noundef nonnull %4, [4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0))
  %59 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0, i64 0), align 16, !tbaa !5
  store i32 %59, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %60 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0, i64 1), align 4, !tbaa !5
  store i32 %60, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %61 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0, i64 2), align 8, !tbaa !5
  store i32 %61, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 0, i64 2), align 8, !tbaa !5
  %62 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0, i64 3), align 4, !tbaa !5
  store i32 %62, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 0, i64 3), align 4, !tbaa !5
  %63 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 1, i64 0), align 16, !tbaa !5
  store i32 %63, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 1, i64 0), align 16, !tbaa !5
  %64 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 1, i64 1), align 4, !tbaa !5
  store i32 %64, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 1, i64 1), align 4, !tbaa !5
  %65 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 1, i64 2), align 8, !tbaa !5
  store i32 %65, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 1, i64 2), align 8, !tbaa !5
  %66 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 1, i64 3), align 4, !tbaa !5
  store i32 %66, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 1, i64 3), align 4, !tbaa !5
  %67 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 2, i64 0), align 16, !tbaa !5
  store i32 %67, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 2, i64 0), align 16, !tbaa !5
  %68 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 2, i64 1), align 4, !tbaa !5
  store i32 %68, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %69 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 2, i64 2), align 8, !tbaa !5
  store i32 %69, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 2, i64 2), align 8, !tbaa !5
  %70 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 2, i64 3), align 4, !tbaa !5
  store i32 %70, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 2, i64 3), align 4, !tbaa !5
  %71 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 3, i64 0), align 16, !tbaa !5
  store i32 %71, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 3, i64 0), align 16, !tbaa !5
  %72 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 3, i64 1), align 4, !tbaa !5
  store i32 %72, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 3, i64 1), align 4, !tbaa !5
  %73 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 3, i64 2), align 8, !tbaa !5
  store i32 %73, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 3, i64 2), align 8, !tbaa !5
  %74 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 3, i64 3), align 4, !tbaa !5
  store i32 %74, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 3, i64 3), align 4, !tbaa !5
  br label %75

75:                                               ; preds = %58, %54
  call void @mul([4 x i32]* noundef nonnull %4, [4 x i32]* noundef nonnull %4, [4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0))
  %76 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0, i64 0), align 16, !tbaa !5
  store i32 %76, i32* %6, align 16, !tbaa !5
  %77 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0, i64 1), align 4, !tbaa !5
  store i32 %77, i32* %8, align 4, !tbaa !5
  %78 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0, i64 2), align 8, !tbaa !5
  store i32 %78, i32* %10, align 8, !tbaa !5
  %79 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0, i64 3), align 4, !tbaa !5
  store i32 %79, i32* %12, align 4, !tbaa !5
  %80 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 1, i64 0), align 16, !tbaa !5
  store i32 %80, i32* %14, align 16, !tbaa !5
  %81 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 1, i64 1), align 4, !tbaa !5
  store i32 %81, i32* %16, align 4, !tbaa !5
  %82 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 1, i64 2), align 8, !tbaa !5
  store i32 %82, i32* %18, align 8, !tbaa !5
  %83 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 1, i64 3), align 4, !tbaa !5
  store i32 %83, i32* %20, align 4, !tbaa !5
  %84 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 2, i64 0), align 16, !tbaa !5
  store i32 %84, i32* %22, align 16, !tbaa !5
  %85 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 2, i64 1), align 4, !tbaa !5
  store i32 %85, i32* %24, align 4, !tbaa !5
  %86 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 2, i64 2), align 8, !tbaa !5
  store i32 %86, i32* %26, align 8, !tbaa !5
  %87 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 2, i64 3), align 4, !tbaa !5
  store i32 %87, i32* %28, align 4, !tbaa !5
  %88 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 3, i64 0), align 16, !tbaa !5
  store i32 %88, i32* %30, align 16, !tbaa !5
  %89 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 3, i64 1), align 4, !tbaa !5
  store i32 %89, i32* %32, align 4, !tbaa !5
  %90 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 3, i64 2), align 8, !tbaa !5
  store i32 %90, i32* %34, align 8, !tbaa !5
  %91 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 3, i64 3), align 4, !tbaa !5
  store i32 %91, i32* %36, align 4, !tbaa !5
  %92 = lshr i32 %55, 1
  %93 = icmp ult i32 %55, 2
  br i1 %93, label %94, label %54, !llvm.loop !11

94:                                               ; preds = %75, %1
  call void @llvm.lifetime.end.p0i8(i64 64, i8* nonnull %3) #5
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #3 {
  tail call void @mul([4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 0), [4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 0), [4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0))
  %1 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %2 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %3 = icmp eq i32 %1, %2
  %4 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %5 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %6 = icmp eq i32 %4, %5
  %7 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0, i64 2), align 8, !tbaa !5
  %8 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 0, i64 2), align 8, !tbaa !5
  %9 = icmp eq i32 %7, %8
  %10 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0, i64 3), align 4, !tbaa !5
  %11 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 0, i64 3), align 4, !tbaa !5
  %12 = icmp eq i32 %10, %11
  %13 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 1, i64 0), align 16, !tbaa !5
  %14 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 1, i64 0), align 16, !tbaa !5
  %15 = icmp eq i32 %13, %14
  %16 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 1, i64 1), align 4, !tbaa !5
  %17 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 1, i64 1), align 4, !tbaa !5
  %18 = icmp eq i32 %16, %17
  %19 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 1, i64 2), align 8, !tbaa !5
  %20 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 1, i64 2), align 8, !tbaa !5
  %21 = icmp eq i32 %19, %20
  %22 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 1, i64 3), align 4, !tbaa !5
  %23 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 1, i64 3), align 4, !tbaa !5
  %24 = icmp eq i32 %22, %23
  %25 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 2, i64 0), align 16, !tbaa !5
  %26 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 2, i64 0), align 16, !tbaa !5
  %27 = icmp eq i32 %25, %26
  %28 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %29 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %30 = icmp eq i32 %28, %29
  %31 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 2, i64 2), align 8, !tbaa !5
  %32 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 2, i64 2), align 8, !tbaa !5
  %33 = icmp eq i32 %31, %32
  %34 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 2, i64 3), align 4, !tbaa !5
  %35 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 2, i64 3), align 4, !tbaa !5
  %36 = icmp eq i32 %34, %35
  %37 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 3, i64 0), align 16, !tbaa !5
  %38 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 3, i64 0), align 16, !tbaa !5
  %39 = icmp eq i32 %37, %38
  %40 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 3, i64 1), align 4, !tbaa !5
  %41 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 3, i64 1), align 4, !tbaa !5
  %42 = icmp eq i32 %40, %41
  %43 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 3, i64 2), align 8, !tbaa !5
  %44 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 3, i64 2), align 8, !tbaa !5
  %45 = icmp eq i32 %43, %44
  %46 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 3, i64 3), align 4, !tbaa !5
  %47 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 3, i64 3), align 4, !tbaa !5
  %48 = icmp eq i32 %46, %47
  %49 = select i1 %48, i1 %45, i1 false
  %50 = select i1 %49, i1 %42, i1 false
  %51 = select i1 %50, i1 %39, i1 false
  %52 = select i1 %51, i1 %36, i1 false
  %53 = select i1 %52, i1 %33, i1 false
  %54 = select i1 %53, i1 %30, i1 false
  %55 = select i1 %54, i1 %27, i1 false
  %56 = select i1 %55, i1 %24, i1 false
  %57 = select i1 %56, i1 %21, i1 false
  %58 = select i1 %57, i1 %18, i1 false
  %59 = select i1 %58, i1 %15, i1 false
  %60 = select i1 %59, i1 %12, i1 false
  %61 = select i1 %60, i1 %9, i1 false
  %62 = select i1 %61, i1 %6, i1 false
  %63 = select i1 %62, i1 %3, i1 false
  %64 = zext i1 %63 to i32
  tail call void @putint(i32 noundef %64) #5
  tail call void @putch(i32 noundef 10) #5
  tail call void @mat_pow(i32 noundef 13)
  tail call void @putarray(i32 noundef 4, i32* noundef nonnull getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 0, i64 0)) #5
  %65 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %66 = srem i32 %65, 10007
  tail call void @putarray(i32 noundef 4, i32* noundef nonnull getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 1, i64 0)) #5
  %67 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 1, i64 1), align 4, !tbaa !5
  %68 = add nsw i32 %67, %66
  %69 = srem i32 %68, 10007
  tail call void @putarray(i32 noundef 4, i32* noundef nonnull getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 2, i64 0)) #5
  %70 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 2, i64 2), align 8, !tbaa !5
  %71 = add nsw i32 %70, %69
  %72 = srem i32 %71, 10007
  tail call void @putarray(i32 noundef 4, i32* noundef nonnull getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 3, i64 0)) #5
  %73 = load i32, i32* getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 3, i64 3), align 4, !tbaa !5
  %74 = add nsw i32 %73, %72
  %75 = srem i32 %74, 10007
  %76 = trunc i32 %75 to i16
  %77 = srem i16 %76, 256
  %78 = sext i16 %77 to i32
  ret i32 %78
}

declare void @putint(i32 noundef) local_unnamed_addr #4

declare void @putch(i32 noundef) local_unnamed_addr #4

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #4

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
