; ModuleID = 'func_array_param_2d.sy'
source_filename = "func_array_param_2d.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@grid = dso_local global [5 x [6 x i32]] zeroinitializer, align 16
@cube = dso_local global [3 x [4 x [5 x i32]]] zeroinitializer, align 16

; Function Attrs: nofree norecurse nosync nounwind uwtable writeonly
define dso_local void @fill([6 x i32]* nocapture noundef writeonly %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %30

4:                                                ; preds = %2
  %5 = zext i32 %1 to i64
  br label %6

6:                                                ; preds = %4, %6
  %7 = phi i64 [ 0, %4 ], [ %8, %6 ]
  %8 = add nuw nsw i64 %7, 1
  %9 = trunc i64 %8 to i32
  %10 = shl i32 %9, 1
  %11 = urem i32 %10, 7
  %12 = getelementptr inbounds [6 x i32], [6 x i32]* %0, i64 %7, i64 0
  store i32 %11, i32* %12, align 4, !tbaa !5
  %13 = trunc i64 %8 to i32
  %14 = mul nsw i32 %13, 3
  %15 = urem i32 %14, 7
  %16 = getelementptr inbounds [6 x i32], [6 x i32]* %0, i64 %7, i64 1
  store i32 %15, i32* %16, align 4, !tbaa !5
  %17 = shl nsw i32 %13, 2
  %18 = urem i32 %17, 7
  %19 = getelementptr inbounds [6 x i32], [6 x i32]* %0, i64 %7, i64 2
  store i32 %18, i32* %19, align 4, !tbaa !5
  %20 = mul nsw i32 %13, 5
  %21 = urem i32 %20, 7
  %22 = getelementptr inbounds [6 x i32], [6 x i32]* %0, i64 %7, i64 3
  store i32 %21, i32* %22, align 4, !tbaa !5
  %23 = mul nsw i32 %13, 6
  %24 = urem i32 %23, 7
  %25 = getelementptr inbounds [6 x i32], [6 x i32]* %0, i64 %7, i64 4
  store i32 %24, i32* %25, align 4, !tbaa !5
  %26 = mul nsw i32 %13, 7
  %27 = urem i32 %26, 7
  %28 = getelementptr inbounds [6 x i32], [6 x i32]* %0, i64 %7, i64 5
  store i32 %27, i32* %28, align 4, !tbaa !5
  %29 = icmp eq i64 %8, %5
  br i1 %29, label %30, label %6, !llvm.loop !9

30:                                               ; preds = %6, %2
  ret void
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @row_max(i32* nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = load i32, i32* %0, align 4, !tbaa !5
  %4 = icmp sgt i32 %1, 1
  br i1 %4, label %5, label %55

5:                                                ; preds = %2
  %6 = zext i32 %1 to i64
  %7 = add nsw i64 %6, -1
  %8 = add nsw i64 %6, -2
  %9 = and i64 %7, 3
  %10 = icmp ult i64 %8, 3
  br i1 %10, label %39, label %11

11:                                               ; preds = %5
  %12 = and i64 %7, -4
  br label %13

13:                                               ; preds = %13, %11
  %14 = phi i64 [ 1, %11 ], [ %36, %13 ]
  %15 = phi i32 [ %3, %11 ], [ %35, %13 ]
  %16 = phi i64 [ 0, %11 ], [ %37, %13 ]
  %17 = getelementptr inbounds i32, i32* %0, i64 %14
  %18 = load i32, i32* %17, align 4, !tbaa !5
  %19 = icmp sgt i32 %18, %15
  %20 = select i1 %19, i32 %18, i32 %15
  %21 = add nuw nsw i64 %14, 1
  %22 = getelementptr inbounds i32, i32* %0, i64 %21
  %23 = load i32, i32* %22, align 4, !tbaa !5
  %24 = icmp sgt i32 %23, %20
  %25 = select i1 %24, i32 %23, i32 %20
  %26 = add nuw nsw i64 %14, 2
  %27 = getelementptr inbounds i32, i32* %0, i64 %26
  %28 = load i32, i32* %27, align 4, !tbaa !5
  %29 = icmp sgt i32 %28, %25
  %30 = select i1 %29, i32 %28, i32 %25
  %31 = add nuw nsw i64 %14, 3
  %32 = getelementptr inbounds i32, i32* %0, i64 %31
  %33 = load i32, i32* %32, align 4, !tbaa !5
  %34 = icmp sgt i32 %33, %30
  %35 = select i1 %34, i32 %33, i32 %30
  %36 = add nuw nsw i64 %14, 4
  %37 = add i64 %16, 4
  %38 = icmp eq i64 %37, %12
  br i1 %38, label %39, label %13, !llvm.loop !11

39:                                               ; preds = %13, %5
  %40 = phi i32 [ undef, %5 ], [ %35, %13 ]
  %41 = phi i64 [ 1, %5 ], [ %36, %13 ]
  %42 = phi i32 [ %3, %5 ], [ %35, %13 ]
  %43 = icmp eq i64 %9, 0
  br i1 %43, label %55, label %44

44:                                               ; preds = %39, %44
  %45 = phi i64 [ %52, %44 ], [ %41, %39 ]
  %46 = phi i32 [ %51, %44 ], [ %42, %39 ]
  %47 = phi i64 [ %53, %44 ], [ 0, %39 ]
  %48 = getelementptr inbounds i32, i32* %0, i64 %45
  %49 = load i32, i32* %48, align 4, !tbaa !5
  %50 = icmp sgt i32 %49, %46
  %51 = select i1 %50, i32 %49, i32 %46
  %52 = add nuw nsw i64 %45, 1
  %53 = add i64 %47, 1
  %54 = icmp eq i64 %53, %9
  br i1 %54, label %55, label %44, !llvm.loop !12

55:                                               ; preds = %39, %44, %2
  %56 = phi i32 [ %3, %2 ], [ %40, %39 ], [ %51, %44 ]
  ret i32 %56
}

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @col_sum([6 x i32]* nocapture noundef readonly %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #2 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %50

5:                                                ; preds = %3
  %6 = sext i32 %2 to i64
  %7 = zext i32 %1 to i64
  %8 = add nsw i64 %7, -1
  %9 = and i64 %7, 3
  %10 = icmp ult i64 %8, 3
  br i1 %10, label %35, label %11

11:                                               ; preds = %5
  %12 = and i64 %7, 4294967292
  br label %13

13:                                               ; preds = %13, %11
  %14 = phi i64 [ 0, %11 ], [ %32, %13 ]
  %15 = phi i32 [ 0, %11 ], [ %31, %13 ]
  %16 = phi i64 [ 0, %11 ], [ %33, %13 ]
  %17 = getelementptr inbounds [6 x i32], [6 x i32]* %0, i64 %14, i64 %6
  %18 = load i32, i32* %17, align 4, !tbaa !5
  %19 = add nsw i32 %18, %15
  %20 = or i64 %14, 1
  %21 = getelementptr inbounds [6 x i32], [6 x i32]* %0, i64 %20, i64 %6
  %22 = load i32, i32* %21, align 4, !tbaa !5
  %23 = add nsw i32 %22, %19
  %24 = or i64 %14, 2
  %25 = getelementptr inbounds [6 x i32], [6 x i32]* %0, i64 %24, i64 %6
  %26 = load i32, i32* %25, align 4, !tbaa !5
  %27 = add nsw i32 %26, %23
  %28 = or i64 %14, 3
  %29 = getelementptr inbounds [6 x i32], [6 x i32]* %0, i64 %28, i64 %6
  %30 = load i32, i32* %29, align 4, !tbaa !5
  %31 = add nsw i32 %30, %27
  %32 = add nuw nsw i64 %14, 4
  %33 = add i64 %16, 4
  %34 = icmp eq i64 %33, %12
  br i1 %34, label %35, label %13, !llvm.loop !14

35:                                               ; preds = %13, %5
  %36 = phi i32 [ undef, %5 ], [ %31, %13 ]
  %37 = phi i64 [ 0, %5 ], [ %32, %13 ]
  %38 = phi i32 [ 0, %5 ], [ %31, %13 ]
  %39 = icmp eq i64 %9, 0
  br i1 %39, label %50, label %40

40:                                               ; preds = %35, %40
  %41 = phi i64 [ %47, %40 ], [ %37, %35 ]
  %42 = phi i32 [ %46, %40 ], [ %38, %35 ]
  %43 = phi i64 [ %48, %40 ], [ 0, %35 ]
  %44 = getelementptr inbounds [6 x i32], [6 x i32]* %0, i64 %41, i64 %6
  %45 = load i32, i32* %44, align 4, !tbaa !5
  %46 = add nsw i32 %45, %42
  %47 = add nuw nsw i64 %41, 1
  %48 = add i64 %43, 1
  %49 = icmp eq i64 %48, %9
  br i1 %49, label %50, label %40, !llvm.loop !15

50:                                               ; preds = %35, %40, %3
  %51 = phi i32 [ 0, %3 ], [ %36, %35 ], [ %46, %40 ]
  ret i32 %51
}

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @cube_sum([4 x [5 x i32]]* nocapture noundef readonly %0) local_unnamed_addr #2 {
  br label %2

2:                                                ; preds = %1, %2
  %3 = phi i64 [ 0, %1 ], [ %65, %2 ]
  %4 = phi i32 [ 0, %1 ], [ %64, %2 ]
  %5 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 0, i64 0
  %6 = load i32, i32* %5, align 4, !tbaa !5
  %7 = add nsw i32 %6, %4
  %8 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 0, i64 1
  %9 = load i32, i32* %8, align 4, !tbaa !5
  %10 = add nsw i32 %9, %7
  %11 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 0, i64 2
  %12 = load i32, i32* %11, align 4, !tbaa !5
  %13 = add nsw i32 %12, %10
  %14 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 0, i64 3
  %15 = load i32, i32* %14, align 4, !tbaa !5
  %16 = add nsw i32 %15, %13
  %17 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 0, i64 4
  %18 = load i32, i32* %17, align 4, !tbaa !5
  %19 = add nsw i32 %18, %16
  %20 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 1, i64 0
  %21 = load i32, i32* %20, align 4, !tbaa !5
  %22 = add nsw i32 %21, %19
  %23 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 1, i64 1
  %24 = load i32, i32* %23, align 4, !tbaa !5
  %25 = add nsw i32 %24, %22
  %26 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 1, i64 2
  %27 = load i32, i32* %26, align 4, !tbaa !5
  %28 = add nsw i32 %27, %25
  %29 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 1, i64 3
  %30 = load i32, i32* %29, align 4, !tbaa !5
  %31 = add nsw i32 %30, %28
  %32 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 1, i64 4
  %33 = load i32, i32* %32, align 4, !tbaa !5
  %34 = add nsw i32 %33, %31
  %35 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 2, i64 0
  %36 = load i32, i32* %35, align 4, !tbaa !5
  %37 = add nsw i32 %36, %34
  %38 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 2, i64 1
  %39 = load i32, i32* %38, align 4, !tbaa !5
  %40 = add nsw i32 %39, %37
  %41 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 2, i64 2
  %42 = load i32, i32* %41, align 4, !tbaa !5
  %43 = add nsw i32 %42, %40
  %44 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 2, i64 3
  %45 = load i32, i32* %44, align 4, !tbaa !5
  %46 = add nsw i32 %45, %43
  %47 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 2, i64 4
  %48 = load i32, i32* %47, align 4, !tbaa !5
  %49 = add nsw i32 %48, %46
  %50 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 3, i64 0
  %51 = load i32, i32* %50, align 4, !tbaa !5
  %52 = add nsw i32 %51, %49
  %53 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 3, i64 1
  %54 = load i32, i32* %53, align 4, !tbaa !5
  %55 = add nsw i32 %54, %52
  %56 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 3, i64 2
  %57 = load i32, i32* %56, align 4, !tbaa !5
  %58 = add nsw i32 %57, %55
  %59 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 3, i64 3
  %60 = load i32, i32* %59, align 4, !tbaa !5
  %61 = add nsw i32 %60, %58
  %62 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* %0, i64 %3, i64 3, i64 4
  %63 = load i32, i32* %62, align 4, !tbaa !5
  %64 = add nsw i32 %63, %61
  %65 = add nuw nsw i64 %3, 1
  %66 = icmp eq i64 %65, 3
  br i1 %66, label %67, label %2, !llvm.loop !16

67:                                               ; preds = %2
  ret i32 %64
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @scale_plane([5 x i32]* nocapture noundef %0, i32 noundef %1) local_unnamed_addr #3 {
  %3 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 0, i64 0
  %4 = load i32, i32* %3, align 4, !tbaa !5
  %5 = mul nsw i32 %4, %1
  store i32 %5, i32* %3, align 4, !tbaa !5
  %6 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 0, i64 1
  %7 = load i32, i32* %6, align 4, !tbaa !5
  %8 = mul nsw i32 %7, %1
  store i32 %8, i32* %6, align 4, !tbaa !5
  %9 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 0, i64 2
  %10 = load i32, i32* %9, align 4, !tbaa !5
  %11 = mul nsw i32 %10, %1
  store i32 %11, i32* %9, align 4, !tbaa !5
  %12 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 0, i64 3
  %13 = load i32, i32* %12, align 4, !tbaa !5
  %14 = mul nsw i32 %13, %1
  store i32 %14, i32* %12, align 4, !tbaa !5
  %15 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 0, i64 4
  %16 = load i32, i32* %15, align 4, !tbaa !5
  %17 = mul nsw i32 %16, %1
  store i32 %17, i32* %15, align 4, !tbaa !5
  %18 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 1, i64 0
  %19 = load i32, i32* %18, align 4, !tbaa !5
  %20 = mul nsw i32 %19, %1
  store i32 %20, i32* %18, align 4, !tbaa !5
  %21 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 1, i64 1
  %22 = load i32, i32* %21, align 4, !tbaa !5
  %23 = mul nsw i32 %22, %1
  store i32 %23, i32* %21, align 4, !tbaa !5
  %24 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 1, i64 2
  %25 = load i32, i32* %24, align 4, !tbaa !5
  %26 = mul nsw i32 %25, %1
  store i32 %26, i32* %24, align 4, !tbaa !5
  %27 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 1, i64 3
  %28 = load i32, i32* %27, align 4, !tbaa !5
  %29 = mul nsw i32 %28, %1
  store i32 %29, i32* %27, align 4, !tbaa !5
  %30 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 1, i64 4
  %31 = load i32, i32* %30, align 4, !tbaa !5
  %32 = mul nsw i32 %31, %1
  store i32 %32, i32* %30, align 4, !tbaa !5
  %33 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 2, i64 0
  %34 = load i32, i32* %33, align 4, !tbaa !5
  %35 = mul nsw i32 %34, %1
  store i32 %35, i32* %33, align 4, !tbaa !5
  %36 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 2, i64 1
  %37 = load i32, i32* %36, align 4, !tbaa !5
  %38 = mul nsw i32 %37, %1
  store i32 %38, i32* %36, align 4, !tbaa !5
  %39 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 2, i64 2
  %40 = load i32, i32* %39, align 4, !tbaa !5
  %41 = mul nsw i32 %40, %1
  store i32 %41, i32* %39, align 4, !tbaa !5
  %42 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 2, i64 3
  %43 = load i32, i32* %42, align 4, !tbaa !5
  %44 = mul nsw i32 %43, %1
  store i32 %44, i32* %42, align 4, !tbaa !5
  %45 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 2, i64 4
  %46 = load i32, i32* %45, align 4, !tbaa !5
  %47 = mul nsw i32 %46, %1
  store i32 %47, i32* %45, align 4, !tbaa !5
  %48 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 3, i64 0
  %49 = load i32, i32* %48, align 4, !tbaa !5
  %50 = mul nsw i32 %49, %1
  store i32 %50, i32* %48, align 4, !tbaa !5
  %51 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 3, i64 1
  %52 = load i32, i32* %51, align 4, !tbaa !5
  %53 = mul nsw i32 %52, %1
  store i32 %53, i32* %51, align 4, !tbaa !5
  %54 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 3, i64 2
  %55 = load i32, i32* %54, align 4, !tbaa !5
  %56 = mul nsw i32 %55, %1
  store i32 %56, i32* %54, align 4, !tbaa !5
  %57 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 3, i64 3
  %58 = load i32, i32* %57, align 4, !tbaa !5
  %59 = mul nsw i32 %58, %1
  store i32 %59, i32* %57, align 4, !tbaa !5
  %60 = getelementptr inbounds [5 x i32], [5 x i32]* %0, i64 3, i64 4
  %61 = load i32, i32* %60, align 4, !tbaa !5
  %62 = mul nsw i32 %61, %1
  store i32 %62, i32* %60, align 4, !tbaa !5
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #4 {
  %1 = alloca [5 x i32], align 16
  store i32 2, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 0), align 16, !tbaa !5
  store i32 3, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 1), align 4, !tbaa !5
  store i32 4, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 2), align 8, !tbaa !5
  store i32 5, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 3), align 4, !tbaa !5
  store i32 6, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 4), align 16, !tbaa !5
  store i32 0, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 5), align 4, !tbaa !5
  store i32 4, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 0), align 8, !tbaa !5
  store i32 6, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 1), align 4, !tbaa !5
  store i32 1, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 2), align 16, !tbaa !5
  store i32 3, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 3), align 4, !tbaa !5
  store i32 5, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 4), align 8, !tbaa !5
  store i32 0, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 5), align 4, !tbaa !5
  store i32 6, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 0), align 16, !tbaa !5
  store i32 2, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 1), align 4, !tbaa !5
  store i32 5, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 2), align 8, !tbaa !5
  store i32 1, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 3), align 4, !tbaa !5
  store i32 4, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 4), align 16, !tbaa !5
  store i32 0, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 5), align 4, !tbaa !5
  store i32 1, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 0), align 8, !tbaa !5
  store i32 5, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 1), align 4, !tbaa !5
  store i32 2, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 2), align 16, !tbaa !5
  store i32 6, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 3), align 4, !tbaa !5
  store i32 3, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 4), align 8, !tbaa !5
  store i32 0, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 5), align 4, !tbaa !5
  store i32 3, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 0), align 16, !tbaa !5
  store i32 1, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 1), align 4, !tbaa !5
  store i32 6, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 2), align 8, !tbaa !5
  store i32 4, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 3), align 4, !tbaa !5
  store i32 2, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 4), align 16, !tbaa !5
  store i32 0, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 5), align 4, !tbaa !5
  tail call void @putarray(i32 noundef 6, i32* noundef nonnull getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 0)) #6
  tail call void @putarray(i32 noundef 6, i32* noundef nonnull getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 0)) #6
  tail call void @putarray(i32 noundef 6, i32* noundef nonnull getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 0)) #6
  tail call void @putarray(i32 noundef 6, i32* noundef nonnull getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 0)) #6
  tail call void @putarray(i32 noundef 6, i32* noundef nonnull getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 0)) #6
  %2 = bitcast [5 x i32]* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 20, i8* nonnull %2) #6
  %3 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %4 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %5 = icmp sgt i32 %4, %3
  %6 = select i1 %5, i32 %4, i32 %3
  %7 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 2), align 8, !tbaa !5
  %8 = icmp sgt i32 %7, %6
  %9 = select i1 %8, i32 %7, i32 %6
  %10 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 3), align 4, !tbaa !5
  %11 = icmp sgt i32 %10, %9
  %12 = select i1 %11, i32 %10, i32 %9
  %13 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 4), align 16, !tbaa !5
  %14 = icmp sgt i32 %13, %12
  %15 = select i1 %14, i32 %13, i32 %12
  %16 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 5), align 4, !tbaa !5
  %17 = icmp sgt i32 %16, %15
  %18 = select i1 %17, i32 %16, i32 %15
  %19 = getelementptr inbounds [5 x i32], [5 x i32]* %1, i64 0, i64 0
  store i32 %18, i32* %19, align 16, !tbaa !5
  %20 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 0), align 8, !tbaa !5
  %21 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 1), align 4, !tbaa !5
  %22 = icmp sgt i32 %21, %20
  %23 = select i1 %22, i32 %21, i32 %20
  %24 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 2), align 16, !tbaa !5
  %25 = icmp sgt i32 %24, %23
  %26 = select i1 %25, i32 %24, i32 %23
  %27 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 3), align 4, !tbaa !5
  %28 = icmp sgt i32 %27, %26
  %29 = select i1 %28, i32 %27, i32 %26
  %30 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 4), align 8, !tbaa !5
  %31 = icmp sgt i32 %30, %29
  %32 = select i1 %31, i32 %30, i32 %29
  %33 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 5), align 4, !tbaa !5
  %34 = icmp sgt i32 %33, %32
  %35 = select i1 %34, i32 %33, i32 %32
  %36 = getelementptr inbounds [5 x i32], [5 x i32]* %1, i64 0, i64 1
  store i32 %35, i32* %36, align 4, !tbaa !5
  %37 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 0), align 16, !tbaa !5
  %38 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %39 = icmp sgt i32 %38, %37
  %40 = select i1 %39, i32 %38, i32 %37
  %41 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 2), align 8, !tbaa !5
  %42 = icmp sgt i32 %41, %40
  %43 = select i1 %42, i32 %41, i32 %40
  %44 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 3), align 4, !tbaa !5
  %45 = icmp sgt i32 %44, %43
  %46 = select i1 %45, i32 %44, i32 %43
  %47 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 4), align 16, !tbaa !5
  %48 = icmp sgt i32 %47, %46
  %49 = select i1 %48, i32 %47, i32 %46
  %50 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 5), align 4, !tbaa !5
  %51 = icmp sgt i32 %50, %49
  %52 = select i1 %51, i32 %50, i32 %49
  %53 = getelementptr inbounds [5 x i32], [5 x i32]* %1, i64 0, i64 2
  store i32 %52, i32* %53, align 8, !tbaa !5
  %54 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 0), align 8, !tbaa !5
  %55 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 1), align 4, !tbaa !5
  %56 = icmp sgt i32 %55, %54
  %57 = select i1 %56, i32 %55, i32 %54
  %58 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 2), align 16, !tbaa !5
  %59 = icmp sgt i32 %58, %57
  %60 = select i1 %59, i32 %58, i32 %57
  %61 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 3), align 4, !tbaa !5
  %62 = icmp sgt i32 %61, %60
  %63 = select i1 %62, i32 %61, i32 %60
  %64 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 4), align 8, !tbaa !5
  %65 = icmp sgt i32 %64, %63
  %66 = select i1 %65, i32 %64, i32 %63
  %67 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 5), align 4, !tbaa !5
  %68 = icmp sgt i32 %67, %66
  %69 = select i1 %68, i32 %67, i32 %66
  %70 = getelementptr inbounds [5 x i32], [5 x i32]* %1, i64 0, i64 3
  store i32 %69, i32* %70, align 4, !tbaa !5
  %71 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 0), align 16, !tbaa !5
  %72 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 1), align 4, !tbaa !5
  %73 = icmp sgt i32 %72, %71
  %74 = select i1 %73, i32 %72, i32 %71
  %75 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 2), align 8, !tbaa !5
  %76 = icmp sgt i32 %75, %74
  %77 = select i1 %76, i32 %75, i32 %74
  %78 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 3), align 4, !tbaa !5
  %79 = icmp sgt i32 %78, %77
  %80 = select i1 %79, i32 %78, i32 %77
  %81 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 4), align 16, !tbaa !5
  %82 = icmp sgt i32 %81, %80
  %83 = select i1 %82, i32 %81, i32 %80
  %84 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 5), align 4, !tbaa !5
  %85 = icmp sgt i32 %84, %83
  %86 = select i1 %85, i32 %84, i32 %83
  %87 = getelementptr inbounds [5 x i32], [5 x i32]* %1, i64 0, i64 4
  store i32 %86, i32* %87, align 16, !tbaa !5
  call void @putarray(i32 noundef 5, i32* noundef nonnull %19) #6
  %88 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %89 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 0), align 8, !tbaa !5
  %90 = add nsw i32 %89, %88
  %91 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 0), align 16, !tbaa !5
  %92 = add nsw i32 %91, %90
  %93 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 0), align 8, !tbaa !5
  %94 = add nsw i32 %93, %92
  %95 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 0), align 16, !tbaa !5
  %96 = add nsw i32 %95, %94
  call void @putint(i32 noundef %96) #6
  call void @putch(i32 noundef 32) #6
  %97 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %98 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 1), align 4, !tbaa !5
  %99 = add nsw i32 %98, %97
  %100 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %101 = add nsw i32 %100, %99
  %102 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 1), align 4, !tbaa !5
  %103 = add nsw i32 %102, %101
  %104 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 1), align 4, !tbaa !5
  %105 = add nsw i32 %104, %103
  call void @putint(i32 noundef %105) #6
  call void @putch(i32 noundef 32) #6
  %106 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 2), align 8, !tbaa !5
  %107 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 2), align 16, !tbaa !5
  %108 = add nsw i32 %107, %106
  %109 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 2), align 8, !tbaa !5
  %110 = add nsw i32 %109, %108
  %111 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 2), align 16, !tbaa !5
  %112 = add nsw i32 %111, %110
  %113 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 2), align 8, !tbaa !5
  %114 = add nsw i32 %113, %112
  call void @putint(i32 noundef %114) #6
  call void @putch(i32 noundef 32) #6
  %115 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 3), align 4, !tbaa !5
  %116 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 3), align 4, !tbaa !5
  %117 = add nsw i32 %116, %115
  %118 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 3), align 4, !tbaa !5
  %119 = add nsw i32 %118, %117
  %120 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 3), align 4, !tbaa !5
  %121 = add nsw i32 %120, %119
  %122 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 3), align 4, !tbaa !5
  %123 = add nsw i32 %122, %121
  call void @putint(i32 noundef %123) #6
  call void @putch(i32 noundef 32) #6
  %124 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 4), align 16, !tbaa !5
  %125 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 4), align 8, !tbaa !5
  %126 = add nsw i32 %125, %124
  %127 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 4), align 16, !tbaa !5
  %128 = add nsw i32 %127, %126
  %129 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 4), align 8, !tbaa !5
  %130 = add nsw i32 %129, %128
  %131 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 4), align 16, !tbaa !5
  %132 = add nsw i32 %131, %130
  call void @putint(i32 noundef %132) #6
  call void @putch(i32 noundef 32) #6
  %133 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 0, i64 5), align 4, !tbaa !5
  %134 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 1, i64 5), align 4, !tbaa !5
  %135 = add nsw i32 %134, %133
  %136 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 2, i64 5), align 4, !tbaa !5
  %137 = add nsw i32 %136, %135
  %138 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 3, i64 5), align 4, !tbaa !5
  %139 = add nsw i32 %138, %137
  %140 = load i32, i32* getelementptr inbounds ([5 x [6 x i32]], [5 x [6 x i32]]* @grid, i64 0, i64 4, i64 5), align 4, !tbaa !5
  %141 = add nsw i32 %140, %139
  call void @putint(i32 noundef %141) #6
  call void @putch(i32 noundef 32) #6
  call void @putch(i32 noundef 10) #6
  br label %142

142:                                              ; preds = %0, %142
  %143 = phi i32 [ 0, %0 ], [ %155, %142 ]
  %144 = trunc i32 %143 to i8
  %145 = urem i8 %144, 9
  %146 = zext i8 %145 to i32
  %147 = udiv i8 %144, 20
  %148 = zext i8 %147 to i64
  %149 = udiv i8 %144, 5
  %150 = and i8 %149, 3
  %151 = zext i8 %150 to i64
  %152 = urem i8 %144, 5
  %153 = zext i8 %152 to i64
  %154 = getelementptr inbounds [3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 %148, i64 %151, i64 %153
  store i32 %146, i32* %154, align 4, !tbaa !5
  %155 = add nuw nsw i32 %143, 1
  %156 = icmp eq i32 %155, 60
  br i1 %156, label %157, label %142, !llvm.loop !17

157:                                              ; preds = %142
  %158 = call i32 @cube_sum([4 x [5 x i32]]* noundef getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 0))
  call void @putint(i32 noundef %158) #6
  call void @putch(i32 noundef 10) #6
  %159 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 0, i64 0), align 16, !tbaa !5
  %160 = mul nsw i32 %159, 3
  store i32 %160, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 0, i64 0), align 16, !tbaa !5
  %161 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 0, i64 1), align 4, !tbaa !5
  %162 = mul nsw i32 %161, 3
  store i32 %162, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 0, i64 1), align 4, !tbaa !5
  %163 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 0, i64 2), align 8, !tbaa !5
  %164 = mul nsw i32 %163, 3
  store i32 %164, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 0, i64 2), align 8, !tbaa !5
  %165 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 0, i64 3), align 4, !tbaa !5
  %166 = mul nsw i32 %165, 3
  store i32 %166, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 0, i64 3), align 4, !tbaa !5
  %167 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 0, i64 4), align 16, !tbaa !5
  %168 = mul nsw i32 %167, 3
  store i32 %168, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 0, i64 4), align 16, !tbaa !5
  %169 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 1, i64 0), align 4, !tbaa !5
  %170 = mul nsw i32 %169, 3
  store i32 %170, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 1, i64 0), align 4, !tbaa !5
  %171 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 1, i64 1), align 8, !tbaa !5
  %172 = mul nsw i32 %171, 3
  store i32 %172, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 1, i64 1), align 8, !tbaa !5
  %173 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 1, i64 2), align 4, !tbaa !5
  %174 = mul nsw i32 %173, 3
  store i32 %174, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 1, i64 2), align 4, !tbaa !5
  %175 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 1, i64 3), align 16, !tbaa !5
  %176 = mul nsw i32 %175, 3
  store i32 %176, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 1, i64 3), align 16, !tbaa !5
  %177 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 1, i64 4), align 4, !tbaa !5
  %178 = mul nsw i32 %177, 3
  store i32 %178, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 1, i64 4), align 4, !tbaa !5
  %179 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 2, i64 0), align 8, !tbaa !5
  %180 = mul nsw i32 %179, 3
  store i32 %180, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 2, i64 0), align 8, !tbaa !5
  %181 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 2, i64 1), align 4, !tbaa !5
  %182 = mul nsw i32 %181, 3
  store i32 %182, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 2, i64 1), align 4, !tbaa !5
  %183 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 2, i64 2), align 16, !tbaa !5
  %184 = mul nsw i32 %183, 3
  store i32 %184, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 2, i64 2), align 16, !tbaa !5
  %185 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 2, i64 3), align 4, !tbaa !5
  %186 = mul nsw i32 %185, 3
  store i32 %186, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 2, i64 3), align 4, !tbaa !5
  %187 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 2, i64 4), align 8, !tbaa !5
  %188 = mul nsw i32 %187, 3
  store i32 %188, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 2, i64 4), align 8, !tbaa !5
  %189 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 3, i64 0), align 4, !tbaa !5
  %190 = mul nsw i32 %189, 3
  store i32 %190, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 3, i64 0), align 4, !tbaa !5
  %191 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 3, i64 1), align 16, !tbaa !5
  %192 = mul nsw i32 %191, 3
  store i32 %192, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 3, i64 1), align 16, !tbaa !5
  %193 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 3, i64 2), align 4, !tbaa !5
  %194 = mul nsw i32 %193, 3
  store i32 %194, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 3, i64 2), align 4, !tbaa !5
  %195 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 3, i64 3), align 8, !tbaa !5
  %196 = mul nsw i32 %195, 3
  store i32 %196, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 3, i64 3), align 8, !tbaa !5
  %197 = load i32, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 3, i64 4), align 4, !tbaa !5
  %198 = mul nsw i32 %197, 3
  store i32 %198, i32* getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 3, i64 4), align 4, !tbaa !5
  %199 = call i32 @cube_sum([4 x [5 x i32]]* noundef getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 0))
  call void @putint(i32 noundef %199) #6
  call void @putch(i32 noundef 10) #6
  call void @putarray(i32 noundef 5, i32* noundef getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 1, i64 2, i64 0)) #6
  %200 = call i32 @cube_sum([4 x [5 x i32]]* noundef getelementptr inbounds ([3 x [4 x [5 x i32]]], [3 x [4 x [5 x i32]]]* @cube, i64 0, i64 0))
  %201 = srem i32 %200, 256
  call void @llvm.lifetime.end.p0i8(i64 20, i8* nonnull %2) #6
  ret i32 %201
}

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #5

declare void @putint(i32 noundef) local_unnamed_addr #5

declare void @putch(i32 noundef) local_unnamed_addr #5

attributes #0 = { nofree norecurse nosync nounwind uwtable writeonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

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
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !13}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
