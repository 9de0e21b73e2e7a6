; ModuleID = 'func_array_init_forms.sy'
source_filename = "func_array_init_forms.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_full = dso_local local_unnamed_addr global [5 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5], align 16
@g_part = dso_local local_unnamed_addr global [6 x i32] [i32 7, i32 8, i32 0, i32 0, i32 0, i32 0], align 16
@g_zero = dso_local local_unnamed_addr global [4 x i32] zeroinitializer, align 16
@g_nested = dso_local local_unnamed_addr global [3 x [3 x i32]] [[3 x i32] [i32 1, i32 0, i32 0], [3 x i32] [i32 2, i32 3, i32 0], [3 x i32] [i32 4, i32 5, i32 6]], align 16
@g_flat = dso_local local_unnamed_addr global [2 x [3 x i32]] [[3 x i32] [i32 1, i32 2, i32 3], [3 x i32] [i32 4, i32 0, i32 0]], align 16
@gf = dso_local global [4 x float] [float 1.500000e+00, float 2.000000e+00, float 0.000000e+00, float 0.000000e+00], align 16
@gc = dso_local local_unnamed_addr constant [2 x [2 x i32]] [[2 x i32] [i32 10, i32 20], [2 x i32] [i32 30, i32 40]], align 16
@__const.main.l_full = private unnamed_addr constant [3 x i32] [i32 9, i32 8, i32 7], align 4
@__const.main.l_part = private unnamed_addr constant [5 x i32] [i32 1, i32 0, i32 0, i32 0, i32 0], align 16
@__const.main.l_nested = private unnamed_addr constant [2 x [2 x [2 x i32]]] [[2 x [2 x i32]] [[2 x i32] [i32 1, i32 2], [2 x i32] [i32 3, i32 0]], [2 x [2 x i32]] [[2 x i32] [i32 4, i32 0], [2 x i32] zeroinitializer]], align 16
@__const.main.l_mixed = private unnamed_addr constant [3 x [2 x i32]] [[2 x i32] [i32 1, i32 0], [2 x i32] [i32 2, i32 3], [2 x i32] [i32 4, i32 0]], align 16
@g_none = dso_local local_unnamed_addr global [3 x i32] zeroinitializer, align 4

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @sum1(i32* nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %64

4:                                                ; preds = %2
  %5 = zext i32 %1 to i64
  %6 = add nsw i64 %5, -1
  %7 = and i64 %5, 7
  %8 = icmp ult i64 %6, 7
  br i1 %8, label %49, label %9

9:                                                ; preds = %4
  %10 = and i64 %5, 4294967288
  br label %11

11:                                               ; preds = %11, %9
  %12 = phi i64 [ 0, %9 ], [ %46, %11 ]
  %13 = phi i32 [ 0, %9 ], [ %45, %11 ]
  %14 = phi i64 [ 0, %9 ], [ %47, %11 ]
  %15 = getelementptr inbounds i32, i32* %0, i64 %12
  %16 = load i32, i32* %15, align 4, !tbaa !5
  %17 = add nsw i32 %16, %13
  %18 = or i64 %12, 1
  %19 = getelementptr inbounds i32, i32* %0, i64 %18
  %20 = load i32, i32* %19, align 4, !tbaa !5
  %21 = add nsw i32 %20, %17
  %22 = or i64 %12, 2
  %23 = getelementptr inbounds i32, i32* %0, i64 %22
  %24 = load i32, i32* %23, align 4, !tbaa !5
  %25 = add nsw i32 %24, %21
  %26 = or i64 %12, 3
  %27 = getelementptr inbounds i32, i32* %0, i64 %26
  %28 = load i32, i32* %27, align 4, !tbaa !5
  %29 = add nsw i32 %28, %25
  %30 = or i64 %12, 4
  %31 = getelementptr inbounds i32, i32* %0, i64 %30
  %32 = load i32, i32* %31, align 4, !tbaa !5
  %33 = add nsw i32 %32, %29
  %34 = or i64 %12, 5
  %35 = getelementptr inbounds i32, i32* %0, i64 %34
  %36 = load i32, i32* %35, align 4, !tbaa !5
  %37 = add nsw i32 %36, %33
  %38 = or i64 %12, 6
  %39 = getelementptr inbounds i32, i32* %0, i64 %38
  %40 = load i32, i32* %39, align 4, !tbaa !5
  %41 = add nsw i32 %40, %37
  %42 = or i64 %12, 7
  %43 = getelementptr inbounds i32, i32* %0, i64 %42
  %44 = load i32, i32* %43, align 4, !tbaa !5
  %45 = add nsw i32 %44, %41
  %46 = add nuw nsw i64 %12, 8
  %47 = add i64 %14, 8
  %48 = icmp eq i64 %47, %10
  br i1 %48, label %49, label %11, !llvm.loop !9

49:                                               ; preds = %11, %4
  %50 = phi i32 [ undef, %4 ], [ %45, %11 ]
  %51 = phi i64 [ 0, %4 ], [ %46, %11 ]
  %52 = phi i32 [ 0, %4 ], [ %45, %11 ]
  %53 = icmp eq i64 %7, 0
  br i1 %53, label %64, label %54

54:                                               ; preds = %49, %54
  %55 = phi i64 [ %61, %54 ], [ %51, %49 ]
  %56 = phi i32 [ %60, %54 ], [ %52, %49 ]
  %57 = phi i64 [ %62, %54 ], [ 0, %49 ]
  %58 = getelementptr inbounds i32, i32* %0, i64 %55
  %59 = load i32, i32* %58, align 4, !tbaa !5
  %60 = add nsw i32 %59, %56
  %61 = add nuw nsw i64 %55, 1
  %62 = add i64 %57, 1
  %63 = icmp eq i64 %62, %7
  br i1 %63, label %64, label %54, !llvm.loop !11

64:                                               ; preds = %49, %54, %2
  %65 = phi i32 [ 0, %2 ], [ %50, %49 ], [ %60, %54 ]
  ret i32 %65
}

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.start.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: argmemonly mustprogress nofree nosync nounwind willreturn
declare void @llvm.lifetime.end.p0i8(i64 immarg, i8* nocapture) #1

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @sum2([3 x i32]* nocapture noundef readonly %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %58

4:                                                ; preds = %2
  %5 = zext i32 %1 to i64
  %6 = and i64 %5, 1
  %7 = icmp eq i32 %1, 1
  br i1 %7, label %40, label %8

8:                                                ; preds = %4
  %9 = and i64 %5, 4294967294
  br label %10

10:                                               ; preds = %10, %8
  %11 = phi i64 [ 0, %8 ], [ %34, %10 ]
  %12 = phi i32 [ 0, %8 ], [ %37, %10 ]
  %13 = phi i64 [ 0, %8 ], [ %38, %10 ]
  %14 = getelementptr inbounds [3 x i32], [3 x i32]* %0, i64 %11, i64 0
  %15 = load i32, i32* %14, align 4, !tbaa !5
  %16 = getelementptr inbounds [3 x i32], [3 x i32]* %0, i64 %11, i64 1
  %17 = load i32, i32* %16, align 4, !tbaa !5
  %18 = add nsw i32 %17, %15
  %19 = getelementptr inbounds [3 x i32], [3 x i32]* %0, i64 %11, i64 2
  %20 = load i32, i32* %19, align 4, !tbaa !5
  %21 = add nsw i32 %20, %18
  %22 = or i64 %11, 1
  %23 = trunc i64 %22 to i32
  %24 = mul nsw i32 %21, %23
  %25 = add nsw i32 %24, %12
  %26 = getelementptr inbounds [3 x i32], [3 x i32]* %0, i64 %22, i64 0
  %27 = load i32, i32* %26, align 4, !tbaa !5
  %28 = getelementptr inbounds [3 x i32], [3 x i32]* %0, i64 %22, i64 1
  %29 = load i32, i32* %28, align 4, !tbaa !5
  %30 = add nsw i32 %29, %27
  %31 = getelementptr inbounds [3 x i32], [3 x i32]* %0, i64 %22, i64 2
  %32 = load i32, i32* %31, align 4, !tbaa !5
  %33 = add nsw i32 %32, %30
  %34 = add nuw nsw i64 %11, 2
  %35 = trunc i64 %34 to i32
  %36 = mul nsw i32 %33, %35
  %37 = add nsw i32 %36, %25
  %38 = add i64 %13, 2
  %39 = icmp eq i64 %38, %9
  br i1 %39, label %40, label %10, !llvm.loop !13

40:                                               ; preds = %10, %4
  %41 = phi i32 [ undef, %4 ], [ %37, %10 ]
  %42 = phi i64 [ 0, %4 ], [ %34, %10 ]
  %43 = phi i32 [ 0, %4 ], [ %37, %10 ]
  %44 = icmp eq i64 %6, 0
  br i1 %44, label %58, label %45

45:                                               ; preds = %40
  %46 = getelementptr inbounds [3 x i32], [3 x i32]* %0, i64 %42, i64 0
  %47 = load i32, i32* %46, align 4, !tbaa !5
  %48 = getelementptr inbounds [3 x i32], [3 x i32]* %0, i64 %42, i64 1
  %49 = load i32, i32* %48, align 4, !tbaa !5
  %50 = add nsw i32 %49, %47
  %51 = getelementptr inbounds [3 x i32], [3 x i32]* %0, i64 %42, i64 2
  %52 = load i32, i32* %51, align 4, !tbaa !5
  %53 = add nsw i32 %52, %50
  %54 = trunc i64 %42 to i32
  %55 = add i32 %54, 1
  %56 = mul nsw i32 %53, %55
  %57 = add nsw i32 %56, %43
  br label %58

58:                                               ; preds = %45, %40, %2
  %59 = phi i32 [ 0, %2 ], [ %41, %40 ], [ %57, %45 ]
  ret i32 %59
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = alloca [3 x i32], align 4
  %2 = alloca [5 x i32], align 16
  %3 = alloca [4 x i32], align 16
  %4 = alloca [2 x [2 x [2 x i32]]], align 16
  %5 = alloca [3 x [2 x i32]], align 16
  %6 = alloca [4 x i32], align 16
  %7 = bitcast [3 x i32]* %1 to i8*
  call void @llvm.lifetime.start.p0i8(i64 12, i8* nonnull %7) #6
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 4 dereferenceable(12) %7, i8* noundef nonnull align 4 dereferenceable(12) bitcast ([3 x i32]* @__const.main.l_full to i8*), i64 12, i1 false)
  %8 = bitcast [5 x i32]* %2 to i8*
  call void @llvm.lifetime.start.p0i8(i64 20, i8* nonnull %8) #6
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(20) %8, i8* noundef nonnull align 16 dereferenceable(20) bitcast ([5 x i32]* @__const.main.l_part to i8*), i64 20, i1 false)
  %9 = bitcast [4 x i32]* %3 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %9) #6
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(16) %9, i8 0, i64 16, i1 false)
  %10 = bitcast [2 x [2 x [2 x i32]]]* %4 to i8*
  call void @llvm.lifetime.start.p0i8(i64 32, i8* nonnull %10) #6
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(32) %10, i8* noundef nonnull align 16 dereferenceable(32) bitcast ([2 x [2 x [2 x i32]]]* @__const.main.l_nested to i8*), i64 32, i1 false)
  %11 = bitcast [3 x [2 x i32]]* %5 to i8*
  call void @llvm.lifetime.start.p0i8(i64 24, i8* nonnull %11) #6
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(24) %11, i8* noundef nonnull align 16 dereferenceable(24) bitcast ([3 x [2 x i32]]* @__const.main.l_mixed to i8*), i64 24, i1 false)
  %12 = bitcast [4 x i32]* %6 to i8*
  call void @llvm.lifetime.start.p0i8(i64 16, i8* nonnull %12) #6
  %13 = getelementptr inbounds [4 x i32], [4 x i32]* %6, i64 0, i64 0
  store i32 5, i32* %13, align 16, !tbaa !5
  %14 = getelementptr inbounds [4 x i32], [4 x i32]* %6, i64 0, i64 1
  store i32 10, i32* %14, align 4, !tbaa !5
  %15 = getelementptr inbounds [4 x i32], [4 x i32]* %6, i64 0, i64 2
  store i32 45, i32* %15, align 8, !tbaa !5
  %16 = getelementptr inbounds [4 x i32], [4 x i32]* %6, i64 0, i64 3
  store i32 0, i32* %16, align 4, !tbaa !5
  %17 = load i32, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @g_full, i64 0, i64 0), align 16, !tbaa !5
  %18 = load i32, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @g_full, i64 0, i64 1), align 4, !tbaa !5
  %19 = add nsw i32 %18, %17
  %20 = load i32, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @g_full, i64 0, i64 2), align 8, !tbaa !5
  %21 = add nsw i32 %20, %19
  %22 = load i32, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @g_full, i64 0, i64 3), align 4, !tbaa !5
  %23 = add nsw i32 %22, %21
  %24 = load i32, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @g_full, i64 0, i64 4), align 16, !tbaa !5
  %25 = add nsw i32 %24, %23
  call void @putint(i32 noundef %25) #6
  call void @putch(i32 noundef 32) #6
  %26 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @g_part, i64 0, i64 0), align 16, !tbaa !5
  %27 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @g_part, i64 0, i64 1), align 4, !tbaa !5
  %28 = add nsw i32 %27, %26
  %29 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @g_part, i64 0, i64 2), align 8, !tbaa !5
  %30 = add nsw i32 %29, %28
  %31 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @g_part, i64 0, i64 3), align 4, !tbaa !5
  %32 = add nsw i32 %31, %30
  %33 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @g_part, i64 0, i64 4), align 16, !tbaa !5
  %34 = add nsw i32 %33, %32
  %35 = load i32, i32* getelementptr inbounds ([6 x i32], [6 x i32]* @g_part, i64 0, i64 5), align 4, !tbaa !5
  %36 = add nsw i32 %35, %34
  call void @putint(i32 noundef %36) #6
  call void @putch(i32 noundef 32) #6
  %37 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @g_zero, i64 0, i64 0), align 16, !tbaa !5
  %38 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @g_zero, i64 0, i64 1), align 4, !tbaa !5
  %39 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @g_zero, i64 0, i64 2), align 8, !tbaa !5
  %40 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @g_zero, i64 0, i64 3), align 4, !tbaa !5
  %41 = load i32, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @g_none, i64 0, i64 0), align 4, !tbaa !5
  %42 = load i32, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @g_none, i64 0, i64 1), align 4, !tbaa !5
  %43 = add nsw i32 %42, %41
  %44 = load i32, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @g_none, i64 0, i64 2), align 4, !tbaa !5
  %45 = add nsw i32 %44, %43
  %46 = add nsw i32 %38, %37
  %47 = add nsw i32 %39, %46
  %48 = add nsw i32 %40, %47
  %49 = add nsw i32 %45, %48
  call void @putint(i32 noundef %49) #6
  call void @putch(i32 noundef 32) #6
  %50 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @g_nested, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %51 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @g_nested, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %52 = add nsw i32 %51, %50
  %53 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @g_nested, i64 0, i64 0, i64 2), align 8, !tbaa !5
  %54 = add nsw i32 %52, %53
  %55 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @g_nested, i64 0, i64 1, i64 0), align 4, !tbaa !5
  %56 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @g_nested, i64 0, i64 1, i64 1), align 16, !tbaa !5
  %57 = add nsw i32 %56, %55
  %58 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @g_nested, i64 0, i64 1, i64 2), align 4, !tbaa !5
  %59 = add nsw i32 %57, %58
  %60 = shl nsw i32 %59, 1
  %61 = add nsw i32 %60, %54
  %62 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @g_nested, i64 0, i64 2, i64 0), align 8, !tbaa !5
  %63 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @g_nested, i64 0, i64 2, i64 1), align 4, !tbaa !5
  %64 = add nsw i32 %63, %62
  %65 = load i32, i32* getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @g_nested, i64 0, i64 2, i64 2), align 16, !tbaa !5
  %66 = add nsw i32 %64, %65
  %67 = mul nsw i32 %66, 3
  %68 = add nsw i32 %67, %61
  call void @putint(i32 noundef %68) #6
  call void @putch(i32 noundef 32) #6
  %69 = load i32, i32* getelementptr inbounds ([2 x [3 x i32]], [2 x [3 x i32]]* @g_flat, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %70 = load i32, i32* getelementptr inbounds ([2 x [3 x i32]], [2 x [3 x i32]]* @g_flat, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %71 = add nsw i32 %70, %69
  %72 = load i32, i32* getelementptr inbounds ([2 x [3 x i32]], [2 x [3 x i32]]* @g_flat, i64 0, i64 0, i64 2), align 8, !tbaa !5
  %73 = add nsw i32 %71, %72
  %74 = load i32, i32* getelementptr inbounds ([2 x [3 x i32]], [2 x [3 x i32]]* @g_flat, i64 0, i64 1, i64 0), align 4, !tbaa !5
  %75 = load i32, i32* getelementptr inbounds ([2 x [3 x i32]], [2 x [3 x i32]]* @g_flat, i64 0, i64 1, i64 1), align 16, !tbaa !5
  %76 = add nsw i32 %75, %74
  %77 = load i32, i32* getelementptr inbounds ([2 x [3 x i32]], [2 x [3 x i32]]* @g_flat, i64 0, i64 1, i64 2), align 4, !tbaa !5
  %78 = add nsw i32 %76, %77
  %79 = shl nsw i32 %78, 1
  %80 = add nsw i32 %79, %73
  call void @putint(i32 noundef %80) #6
  call void @putch(i32 noundef 10) #6
  %81 = getelementptr inbounds [3 x i32], [3 x i32]* %1, i64 0, i64 0
  call void @putarray(i32 noundef 3, i32* noundef nonnull %81) #6
  %82 = getelementptr inbounds [5 x i32], [5 x i32]* %2, i64 0, i64 0
  call void @putarray(i32 noundef 5, i32* noundef nonnull %82) #6
  %83 = getelementptr inbounds [4 x i32], [4 x i32]* %3, i64 0, i64 0
  call void @putarray(i32 noundef 4, i32* noundef nonnull %83) #6
  %84 = getelementptr inbounds [2 x [2 x [2 x i32]]], [2 x [2 x [2 x i32]]]* %4, i64 0, i64 0, i64 0, i64 0
  call void @putarray(i32 noundef 2, i32* noundef nonnull %84) #6
  %85 = getelementptr inbounds [2 x [2 x [2 x i32]]], [2 x [2 x [2 x i32]]]* %4, i64 0, i64 0, i64 1, i64 0
  call void @putarray(i32 noundef 2, i32* noundef nonnull %85) #6
  %86 = getelementptr inbounds [2 x [2 x [2 x i32]]], [2 x [2 x [2 x i32]]]* %4, i64 0, i64 1, i64 1, i64 0
  call void @putarray(i32 noundef 2, i32* noundef nonnull %86) #6
  %87 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %5, i64 0, i64 0, i64 0
  call void @putarray(i32 noundef 2, i32* noundef nonnull %87) #6
  %88 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %5, i64 0, i64 1, i64 0
  call void @putarray(i32 noundef 2, i32* noundef nonnull %88) #6
  %89 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %5, i64 0, i64 2, i64 0
  call void @putarray(i32 noundef 2, i32* noundef nonnull %89) #6
  call void @putarray(i32 noundef 4, i32* noundef nonnull %13) #6
  call void @putfarray(i32 noundef 4, float* noundef getelementptr inbounds ([4 x float], [4 x float]* @gf, i64 0, i64 0)) #6
  %90 = load i32, i32* %13, align 16, !tbaa !5
  %91 = load i32, i32* %14, align 4, !tbaa !5
  %92 = add nsw i32 %91, %90
  %93 = load i32, i32* %15, align 8, !tbaa !5
  %94 = add nsw i32 %93, %92
  %95 = load i32, i32* %16, align 4, !tbaa !5
  %96 = add nsw i32 %95, %94
  %97 = add nsw i32 %96, 20
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %12) #6
  call void @llvm.lifetime.end.p0i8(i64 24, i8* nonnull %11) #6
  call void @llvm.lifetime.end.p0i8(i64 32, i8* nonnull %10) #6
  call void @llvm.lifetime.end.p0i8(i64 16, i8* nonnull %9) #6
  call void @llvm.lifetime.end.p0i8(i64 20, i8* nonnull %8) #6
  call void @llvm.lifetime.end.p0i8(i64 12, i8* nonnull %7) #6
  ret i32 %97
}

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: argmemonly mustprogress nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #4

declare void @putint(i32 noundef) local_unnamed_addr #5

declare void @putch(i32 noundef) local_unnamed_addr #5

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #5

declare void @putfarray(i32 noundef, float* noundef) local_unnamed_addr #5

attributes #0 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly mustprogress nofree nosync nounwind willreturn }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { argmemonly mustprogress nofree nounwind willreturn }
attributes #4 = { argmemonly mustprogress nofree nounwind willreturn writeonly }
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
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !10}
