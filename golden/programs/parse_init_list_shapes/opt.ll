; ModuleID = 'parse_init_list_shapes.sy'
source_filename = "parse_init_list_shapes.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g1 = dso_local local_unnamed_addr global [2 x [3 x [2 x i32]]] [[3 x [2 x i32]] [[2 x i32] [i32 1, i32 2], [2 x i32] [i32 3, i32 4], [2 x i32] [i32 5, i32 6]], [3 x [2 x i32]] [[2 x i32] [i32 7, i32 0], [2 x i32] zeroinitializer, [2 x i32] zeroinitializer]], align 16
@g2 = dso_local local_unnamed_addr global [2 x [3 x [2 x i32]]] [[3 x [2 x i32]] [[2 x i32] [i32 1, i32 2], [2 x i32] zeroinitializer, [2 x i32] zeroinitializer], [3 x [2 x i32]] [[2 x i32] [i32 3, i32 4], [2 x i32] [i32 5, i32 0], [2 x i32] [i32 6, i32 0]]], align 16
@g3 = dso_local global [3 x [2 x i32]] [[2 x i32] zeroinitializer, [2 x i32] [i32 1, i32 0], [2 x i32] zeroinitializer], align 16
@g4 = dso_local global [2 x [2 x [2 x [2 x i32]]]] [[2 x [2 x [2 x i32]]] [[2 x [2 x i32]] [[2 x i32] [i32 1, i32 0], [2 x i32] [i32 2, i32 0]], [2 x [2 x i32]] [[2 x i32] [i32 3, i32 4], [2 x i32] zeroinitializer]], [2 x [2 x [2 x i32]]] [[2 x [2 x i32]] zeroinitializer, [2 x [2 x i32]] [[2 x i32] [i32 5, i32 6], [2 x i32] [i32 7, i32 0]]]], align 16
@g5 = dso_local global [2 x [2 x float]] [[2 x float] [float 1.500000e+00, float 0.000000e+00], [2 x float] [float 2.000000e+00, float 4.000000e+00]], align 16
@g6 = dso_local local_unnamed_addr constant [4 x [2 x i32]] [[2 x i32] [i32 1, i32 2], [2 x i32] [i32 3, i32 4], [2 x i32] [i32 5, i32 0], [2 x i32] [i32 6, i32 7]], align 16

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @sum3([3 x [2 x i32]]* nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %41

4:                                                ; preds = %2
  %5 = zext i32 %1 to i64
  br label %6

6:                                                ; preds = %4, %6
  %7 = phi i64 [ 0, %4 ], [ %39, %6 ]
  %8 = phi i32 [ 0, %4 ], [ %38, %6 ]
  %9 = mul nsw i32 %8, 3
  %10 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %0, i64 %7, i64 0, i64 0
  %11 = load i32, i32* %10, align 4, !tbaa !5
  %12 = add nsw i32 %11, %9
  %13 = srem i32 %12, 100003
  %14 = mul nsw i32 %13, 3
  %15 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %0, i64 %7, i64 0, i64 1
  %16 = load i32, i32* %15, align 4, !tbaa !5
  %17 = add nsw i32 %16, %14
  %18 = srem i32 %17, 100003
  %19 = mul nsw i32 %18, 3
  %20 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %0, i64 %7, i64 1, i64 0
  %21 = load i32, i32* %20, align 4, !tbaa !5
  %22 = add nsw i32 %21, %19
  %23 = srem i32 %22, 100003
  %24 = mul nsw i32 %23, 3
  %25 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %0, i64 %7, i64 1, i64 1
  %26 = load i32, i32* %25, align 4, !tbaa !5
  %27 = add nsw i32 %26, %24
  %28 = srem i32 %27, 100003
  %29 = mul nsw i32 %28, 3
  %30 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %0, i64 %7, i64 2, i64 0
  %31 = load i32, i32* %30, align 4, !tbaa !5
  %32 = add nsw i32 %31, %29
  %33 = srem i32 %32, 100003
  %34 = mul nsw i32 %33, 3
  %35 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %0, i64 %7, i64 2, i64 1
  %36 = load i32, i32* %35, align 4, !tbaa !5
  %37 = add nsw i32 %36, %34
  %38 = srem i32 %37, 100003
  %39 = add nuw nsw i64 %7, 1
  %40 = icmp eq i64 %39, %5
  br i1 %40, label %41, label %6, !llvm.loop !9

41:                                               ; preds = %6, %2
  %42 = phi i32 [ 0, %2 ], [ %38, %6 ]
  ret i32 %42
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nounwind uwtable
define dso_local void @dump(i32* noundef %0, i32 noundef %1) local_unnamed_addr #2 {
  tail call void @putarray(i32 noundef %1, i32* noundef %0) #5
  ret void
}

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #3

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = alloca [3 x [3 x i32]], align 16
  %2 = alloca [5 x i32], align 16
  %3 = alloca [2 x [2 x [2 x [2 x i32]]]], align 16
  %4 = bitcast [3 x [3 x i32]]* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 36, i8* nonnull %4) #5
  %5 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %1, i64 0, i64 1, i64 1
  %6 = bitcast i32* %5 to i8*
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(36) %6, i8 0, i64 20, i1 false)
  %7 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %1, i64 0, i64 0, i64 0
  store i32 1, i32* %7, align 16
  %8 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %1, i64 0, i64 0, i64 1
  store i32 2, i32* %8, align 4
  %9 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %1, i64 0, i64 0, i64 2
  store i32 3, i32* %9, align 8
  %10 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %1, i64 0, i64 1, i64 0
  store i32 4, i32* %10, align 4
  %11 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %1, i64 0, i64 2, i64 0
  store i32 5, i32* %11, align 8
  %12 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %1, i64 0, i64 2, i64 1
  store i32 6, i32* %12, align 4
  %13 = bitcast [5 x i32]* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 20, i8* nonnull %13) #5
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(20) %13, i8 0, i64 20, i1 false)
  %14 = bitcast [2 x [2 x [2 x [2 x i32]]]]* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 64, i8* nonnull %14) #5
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(64) %14, i8 0, i64 64, i1 false)
  %15 = getelementptr inbounds [2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* %3, i64 0, i64 0, i64 0, i64 0, i64 0
  store i32 1, i32* %15, align 16
  %16 = getelementptr inbounds [2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* %3, i64 0, i64 0, i64 0, i64 0, i64 1
  store i32 2, i32* %16, align 4
  %17 = getelementptr inbounds [2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* %3, i64 0, i64 0, i64 0, i64 1, i64 0
  store i32 3, i32* %17, align 8
  %18 = getelementptr inbounds [2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* %3, i64 0, i64 0, i64 1, i64 0, i64 0
  store i32 4, i32* %18, align 16
  %19 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g1, i64 0, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %20 = srem i32 %19, 100003
  %21 = mul nsw i32 %20, 3
  %22 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g1, i64 0, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %23 = add nsw i32 %21, %22
  %24 = srem i32 %23, 100003
  %25 = mul nsw i32 %24, 3
  %26 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g1, i64 0, i64 0, i64 1, i64 0), align 8, !tbaa !5
  %27 = add nsw i32 %25, %26
  %28 = srem i32 %27, 100003
  %29 = mul nsw i32 %28, 3
  %30 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g1, i64 0, i64 0, i64 1, i64 1), align 4, !tbaa !5
  %31 = add nsw i32 %29, %30
  %32 = srem i32 %31, 100003
  %33 = mul nsw i32 %32, 3
  %34 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g1, i64 0, i64 0, i64 2, i64 0), align 16, !tbaa !5
  %35 = add nsw i32 %33, %34
  %36 = srem i32 %35, 100003
  %37 = mul nsw i32 %36, 3
  %38 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g1, i64 0, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %39 = add nsw i32 %37, %38
  %40 = srem i32 %39, 100003
  %41 = mul nsw i32 %40, 3
  %42 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g1, i64 0, i64 1, i64 0, i64 0), align 8, !tbaa !5
  %43 = add nsw i32 %42, %41
  %44 = srem i32 %43, 100003
  %45 = mul nsw i32 %44, 3
  %46 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g1, i64 0, i64 1, i64 0, i64 1), align 4, !tbaa !5
  %47 = add nsw i32 %45, %46
  %48 = srem i32 %47, 100003
  %49 = mul nsw i32 %48, 3
  %50 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g1, i64 0, i64 1, i64 1, i64 0), align 16, !tbaa !5
  %51 = add nsw i32 %49, %50
  %52 = srem i32 %51, 100003
  %53 = mul nsw i32 %52, 3
  %54 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g1, i64 0, i64 1, i64 1, i64 1), align 4, !tbaa !5
  %55 = add nsw i32 %53, %54
  %56 = srem i32 %55, 100003
  %57 = mul nsw i32 %56, 3
  %58 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g1, i64 0, i64 1, i64 2, i64 0), align 8, !tbaa !5
  %59 = add nsw i32 %57, %58
  %60 = srem i32 %59, 100003
  %61 = mul nsw i32 %60, 3
  %62 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g1, i64 0, i64 1, i64 2, i64 1), align 4, !tbaa !5
  %63 = add nsw i32 %61, %62
  %64 = srem i32 %63, 100003
  tail call void @putint(i32 noundef %64) #5
  tail call void @putch(i32 noundef 32) #5
  %65 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g2, i64 0, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %66 = srem i32 %65, 100003
  %67 = mul nsw i32 %66, 3
  %68 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g2, i64 0, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %69 = add nsw i32 %67, %68
  %70 = srem i32 %69, 100003
  %71 = mul nsw i32 %70, 3
  %72 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g2, i64 0, i64 0, i64 1, i64 0), align 8, !tbaa !5
  %73 = add nsw i32 %71, %72
  %74 = srem i32 %73, 100003
  %75 = mul nsw i32 %74, 3
  %76 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g2, i64 0, i64 0, i64 1, i64 1), align 4, !tbaa !5
  %77 = add nsw i32 %75, %76
  %78 = srem i32 %77, 100003
  %79 = mul nsw i32 %78, 3
  %80 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g2, i64 0, i64 0, i64 2, i64 0), align 16, !tbaa !5
  %81 = add nsw i32 %79, %80
  %82 = srem i32 %81, 100003
  %83 = mul nsw i32 %82, 3
  %84 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g2, i64 0, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %85 = add nsw i32 %83, %84
  %86 = srem i32 %85, 100003
  %87 = mul nsw i32 %86, 3
  %88 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g2, i64 0, i64 1, i64 0, i64 0), align 8, !tbaa !5
  %89 = add nsw i32 %88, %87
  %90 = srem i32 %89, 100003
  %91 = mul nsw i32 %90, 3
  %92 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g2, i64 0, i64 1, i64 0, i64 1), align 4, !tbaa !5
  %93 = add nsw i32 %91, %92
  %94 = srem i32 %93, 100003
  %95 = mul nsw i32 %94, 3
  %96 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g2, i64 0, i64 1, i64 1, i64 0), align 16, !tbaa !5
  %97 = add nsw i32 %95, %96
  %98 = srem i32 %97, 100003
  %99 = mul nsw i32 %98, 3
  %100 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g2, i64 0, i64 1, i64 1, i64 1), align 4, !tbaa !5
  %101 = add nsw i32 %99, %100
  %102 = srem i32 %101, 100003
  %103 = mul nsw i32 %102, 3
  %104 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g2, i64 0, i64 1, i64 2, i64 0), align 8, !tbaa !5
  %105 = add nsw i32 %103, %104
  %106 = srem i32 %105, 100003
  %107 = mul nsw i32 %106, 3
  %108 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g2, i64 0, i64 1, i64 2, i64 1), align 4, !tbaa !5
  %109 = add nsw i32 %107, %108
  %110 = srem i32 %109, 100003
  tail call void @putint(i32 noundef %110) #5
  tail call void @putch(i32 noundef 32) #5
  tail call void @putint(i32 noundef 37162) #5
  tail call void @putch(i32 noundef 10) #5
  tail call void @putarray(i32 noundef 2, i32* noundef nonnull getelementptr inbounds ([3 x [2 x i32]], [3 x [2 x i32]]* @g3, i64 0, i64 0, i64 0)) #5
  tail call void @putarray(i32 noundef 2, i32* noundef nonnull getelementptr inbounds ([3 x [2 x i32]], [3 x [2 x i32]]* @g3, i64 0, i64 1, i64 0)) #5
  tail call void @putarray(i32 noundef 2, i32* noundef nonnull getelementptr inbounds ([3 x [2 x i32]], [3 x [2 x i32]]* @g3, i64 0, i64 2, i64 0)) #5
  call void @putarray(i32 noundef 3, i32* noundef nonnull %7) #5
  call void @putarray(i32 noundef 3, i32* noundef nonnull %10) #5
  call void @putarray(i32 noundef 3, i32* noundef nonnull %11) #5
  %111 = getelementptr inbounds [5 x i32], [5 x i32]* %2, i64 0, i64 0
  call void @putarray(i32 noundef 5, i32* noundef nonnull %111) #5
  call void @putarray(i32 noundef 2, i32* noundef nonnull getelementptr inbounds ([2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* @g4, i64 0, i64 0, i64 0, i64 0, i64 0)) #5
  call void @putarray(i32 noundef 2, i32* noundef nonnull getelementptr inbounds ([2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* @g4, i64 0, i64 0, i64 0, i64 1, i64 0)) #5
  call void @putarray(i32 noundef 2, i32* noundef nonnull getelementptr inbounds ([2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* @g4, i64 0, i64 0, i64 1, i64 0, i64 0)) #5
  call void @putarray(i32 noundef 2, i32* noundef nonnull getelementptr inbounds ([2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* @g4, i64 0, i64 0, i64 1, i64 1, i64 0)) #5
  call void @putarray(i32 noundef 2, i32* noundef nonnull getelementptr inbounds ([2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* @g4, i64 0, i64 1, i64 0, i64 0, i64 0)) #5
  call void @putarray(i32 noundef 2, i32* noundef nonnull getelementptr inbounds ([2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* @g4, i64 0, i64 1, i64 0, i64 1, i64 0)) #5
  call void @putarray(i32 noundef 2, i32* noundef nonnull getelementptr inbounds ([2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* @g4, i64 0, i64 1, i64 1, i64 0, i64 0)) #5
  call void @putarray(i32 noundef 2, i32* noundef nonnull getelementptr inbounds ([2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* @g4, i64 0, i64 1, i64 1, i64 1, i64 0)) #5
  call void @putarray(i32 noundef 2, i32* noundef nonnull %15) #5
  call void @putarray(i32 noundef 2, i32* noundef nonnull %17) #5
  call void @putarray(i32 noundef 2, i32* noundef nonnull %18) #5
  %112 = getelementptr inbounds [2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* %3, i64 0, i64 0, i64 1, i64 1, i64 0
  call void @putarray(i32 noundef 2, i32* noundef nonnull %112) #5
  %113 = getelementptr inbounds [2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* %3, i64 0, i64 1, i64 0, i64 0, i64 0
  call void @putarray(i32 noundef 2, i32* noundef nonnull %113) #5
  %114 = getelementptr inbounds [2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* %3, i64 0, i64 1, i64 0, i64 1, i64 0
  call void @putarray(i32 noundef 2, i32* noundef nonnull %114) #5
  %115 = getelementptr inbounds [2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* %3, i64 0, i64 1, i64 1, i64 0, i64 0
  call void @putarray(i32 noundef 2, i32* noundef nonnull %115) #5
  %116 = getelementptr inbounds [2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* %3, i64 0, i64 1, i64 1, i64 1, i64 0
  call void @putarray(i32 noundef 2, i32* noundef nonnull %116) #5
  call void @putfarray(i32 noundef 2, float* noundef getelementptr inbounds ([2 x [2 x float]], [2 x [2 x float]]* @g5, i64 0, i64 0, i64 0)) #5
  call void @putfarray(i32 noundef 2, float* noundef getelementptr inbounds ([2 x [2 x float]], [2 x [2 x float]]* @g5, i64 0, i64 1, i64 0)) #5
  call void @putint(i32 noundef 3763) #5
  call void @putch(i32 noundef 10) #5
  call void @llvm.lifetime.end.p0i8(i64 64, i8* nonnull %14) #5
  call void @llvm.lifetime.end.p0i8(i64 20, i8* nonnull %13) #5
  call void @llvm.lifetime.end.p0i8(i64 36, i8* nonnull %4) #5
  ret i32 179
}

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #4

declare void @putint(i32 noundef) local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

declare void @putfarray(i32 noundef, float* noundef) local_unnamed_addr #3

attributes #0 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
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
