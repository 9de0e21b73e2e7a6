; ModuleID = 'func_magic_square.sy'
source_filename = "func_magic_square.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@sq = dso_local global [9 x [9 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [21 x i8] c"n=%d magic=%d ok=%d\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @build(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %51

3:                                                ; preds = %1
  %4 = zext i32 %0 to i64
  %5 = shl nuw nsw i64 %4, 2
  %6 = add nsw i64 %4, -1
  %7 = and i64 %4, 7
  %8 = icmp ult i64 %6, 7
  br i1 %8, label %40, label %9

9:                                                ; preds = %3
  %10 = and i64 %4, 4294967288
  br label %11

11:                                               ; preds = %11, %9
  %12 = phi i64 [ 0, %9 ], [ %37, %11 ]
  %13 = phi i64 [ 0, %9 ], [ %38, %11 ]
  %14 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %12, i64 0
  %15 = bitcast i32* %14 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 16 %15, i8 0, i64 %5, i1 false), !tbaa !5
  %16 = or i64 %12, 1
  %17 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %16, i64 0
  %18 = bitcast i32* %17 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %18, i8 0, i64 %5, i1 false), !tbaa !5
  %19 = or i64 %12, 2
  %20 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %19, i64 0
  %21 = bitcast i32* %20 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 8 %21, i8 0, i64 %5, i1 false), !tbaa !5
  %22 = or i64 %12, 3
  %23 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %22, i64 0
  %24 = bitcast i32* %23 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %24, i8 0, i64 %5, i1 false), !tbaa !5
  %25 = or i64 %12, 4
  %26 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %25, i64 0
  %27 = bitcast i32* %26 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 16 %27, i8 0, i64 %5, i1 false), !tbaa !5
  %28 = or i64 %12, 5
  %29 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %28, i64 0
  %30 = bitcast i32* %29 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %30, i8 0, i64 %5, i1 false), !tbaa !5
  %31 = or i64 %12, 6
  %32 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %31, i64 0
  %33 = bitcast i32* %32 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 8 %33, i8 0, i64 %5, i1 false), !tbaa !5
  %34 = or i64 %12, 7
  %35 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %34, i64 0
  %36 = bitcast i32* %35 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %36, i8 0, i64 %5, i1 false), !tbaa !5
  %37 = add nuw nsw i64 %12, 8
  %38 = add i64 %13, 8
  %39 = icmp eq i64 %38, %10
  br i1 %39, label %40, label %11, !llvm.loop !9

40:                                               ; preds = %11, %3
  %41 = phi i64 [ 0, %3 ], [ %37, %11 ]
  %42 = icmp eq i64 %7, 0
  br i1 %42, label %51, label %43

43:                                               ; preds = %40, %43
  %44 = phi i64 [ %48, %43 ], [ %41, %40 ]
  %45 = phi i64 [ %49, %43 ], [ 0, %40 ]
  %46 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %44, i64 0
  %47 = bitcast i32* %46 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 4 %47, i8 0, i64 %5, i1 false), !tbaa !5
  %48 = add nuw nsw i64 %44, 1
  %49 = add i64 %45, 1
  %50 = icmp eq i64 %49, %7
  br i1 %50, label %51, label %43, !llvm.loop !11

51:                                               ; preds = %40, %43, %1
  %52 = mul i32 %0, %0
  %53 = icmp eq i32 %52, 0
  br i1 %53, label %81, label %54

54:                                               ; preds = %51
  %55 = sdiv i32 %0, 2
  %56 = add i32 %0, -1
  br label %57

57:                                               ; preds = %54, %76
  %58 = phi i32 [ 1, %54 ], [ %79, %76 ]
  %59 = phi i32 [ %55, %54 ], [ %78, %76 ]
  %60 = phi i32 [ 0, %54 ], [ %77, %76 ]
  %61 = sext i32 %60 to i64
  %62 = sext i32 %59 to i64
  %63 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %61, i64 %62
  store i32 %58, i32* %63, align 4, !tbaa !5
  %64 = add i32 %56, %60
  %65 = srem i32 %64, %0
  %66 = add nsw i32 %59, 1
  %67 = srem i32 %66, %0
  %68 = sext i32 %65 to i64
  %69 = sext i32 %67 to i64
  %70 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %68, i64 %69
  %71 = load i32, i32* %70, align 4, !tbaa !5
  %72 = icmp eq i32 %71, 0
  br i1 %72, label %76, label %73

73:                                               ; preds = %57
  %74 = add nsw i32 %60, 1
  %75 = srem i32 %74, %0
  br label %76

76:                                               ; preds = %73, %57
  %77 = phi i32 [ %75, %73 ], [ %65, %57 ]
  %78 = phi i32 [ %59, %73 ], [ %67, %57 ]
  %79 = add nuw i32 %58, 1
  %80 = icmp eq i32 %58, %52
  br i1 %80, label %81, label %57, !llvm.loop !13

81:                                               ; preds = %76, %51
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @verify(i32 noundef %0) local_unnamed_addr #1 {
  %2 = mul nsw i32 %0, %0
  %3 = add nuw nsw i32 %2, 1
  %4 = mul nsw i32 %3, %0
  %5 = sdiv i32 %4, 2
  %6 = icmp sgt i32 %0, 0
  br i1 %6, label %7, label %70

7:                                                ; preds = %1
  %8 = zext i32 %0 to i64
  %9 = and i64 %8, 1
  %10 = icmp eq i32 %0, 1
  %11 = and i64 %8, 4294967294
  %12 = icmp eq i64 %9, 0
  br label %13

13:                                               ; preds = %57, %7
  %14 = phi i64 [ 0, %7 ], [ %68, %57 ]
  %15 = phi i32 [ 0, %7 ], [ %67, %57 ]
  %16 = phi i32 [ 0, %7 ], [ %60, %57 ]
  br i1 %10, label %38, label %17

17:                                               ; preds = %13, %17
  %18 = phi i64 [ %35, %17 ], [ 0, %13 ]
  %19 = phi i32 [ %34, %17 ], [ 0, %13 ]
  %20 = phi i32 [ %31, %17 ], [ 0, %13 ]
  %21 = phi i64 [ %36, %17 ], [ 0, %13 ]
  %22 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %14, i64 %18
  %23 = load i32, i32* %22, align 4, !tbaa !5
  %24 = add nsw i32 %23, %20
  %25 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %18, i64 %14
  %26 = load i32, i32* %25, align 4, !tbaa !5
  %27 = add nsw i32 %26, %19
  %28 = or i64 %18, 1
  %29 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %14, i64 %28
  %30 = load i32, i32* %29, align 4, !tbaa !5
  %31 = add nsw i32 %30, %24
  %32 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %28, i64 %14
  %33 = load i32, i32* %32, align 4, !tbaa !5
  %34 = add nsw i32 %33, %27
  %35 = add nuw nsw i64 %18, 2
  %36 = add i64 %21, 2
  %37 = icmp eq i64 %36, %11
  br i1 %37, label %38, label %17, !llvm.loop !14

38:                                               ; preds = %17, %13
  %39 = phi i32 [ undef, %13 ], [ %31, %17 ]
  %40 = phi i32 [ undef, %13 ], [ %34, %17 ]
  %41 = phi i64 [ 0, %13 ], [ %35, %17 ]
  %42 = phi i32 [ 0, %13 ], [ %34, %17 ]
  %43 = phi i32 [ 0, %13 ], [ %31, %17 ]
  br i1 %12, label %51, label %44

44:                                               ; preds = %38
  %45 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %14, i64 %41
  %46 = load i32, i32* %45, align 4, !tbaa !5
  %47 = add nsw i32 %46, %43
  %48 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %41, i64 %14
  %49 = load i32, i32* %48, align 4, !tbaa !5
  %50 = add nsw i32 %49, %42
  br label %51

51:                                               ; preds = %38, %44
  %52 = phi i32 [ %39, %38 ], [ %47, %44 ]
  %53 = phi i32 [ %40, %38 ], [ %50, %44 ]
  %54 = icmp eq i32 %52, %5
  %55 = icmp eq i32 %53, %5
  %56 = select i1 %54, i1 %55, i1 false
  br i1 %56, label %57, label %77

57:                                               ; preds = %51
  %58 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %14, i64 %14
  %59 = load i32, i32* %58, align 4, !tbaa !5
  %60 = add nsw i32 %59, %16
  %61 = trunc i64 %14 to i32
  %62 = xor i32 %61, -1
  %63 = add i32 %62, %0
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %14, i64 %64
  %66 = load i32, i32* %65, align 4, !tbaa !5
  %67 = add nsw i32 %66, %15
  %68 = add nuw nsw i64 %14, 1
  %69 = icmp eq i64 %68, %8
  br i1 %69, label %70, label %13, !llvm.loop !15

70:                                               ; preds = %57, %1
  %71 = phi i32 [ 0, %1 ], [ %60, %57 ]
  %72 = phi i32 [ 0, %1 ], [ %67, %57 ]
  %73 = icmp eq i32 %71, %5
  %74 = icmp eq i32 %72, %5
  %75 = select i1 %73, i1 %74, i1 false
  %76 = zext i1 %75 to i32
  br label %77

77:                                               ; preds = %51, %70
  %78 = phi i32 [ %76, %70 ], [ 0, %51 ]
  ret i32 %78
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  br label %2

1:                                                ; preds = %156
  tail call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(20) bitcast ([9 x [9 x i32]]* @sq to i8*), i8 0, i64 20, i1 false) #5, !tbaa !5
  tail call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 4 dereferenceable(20) bitcast (i32* getelementptr inbounds ([9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 1, i64 0) to i8*), i8 0, i64 20, i1 false) #5, !tbaa !5
  tail call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(20) bitcast (i32* getelementptr inbounds ([9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 2, i64 0) to i8*), i8 0, i64 20, i1 false) #5, !tbaa !5
  tail call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 4 dereferenceable(20) bitcast (i32* getelementptr inbounds ([9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 3, i64 0) to i8*), i8 0, i64 20, i1 false) #5, !tbaa !5
  tail call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(20) bitcast (i32* getelementptr inbounds ([9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 4, i64 0) to i8*), i8 0, i64 20, i1 false) #5, !tbaa !5
  br label %163

2:                                                ; preds = %0, %156
  %3 = phi i64 [ 0, %0 ], [ %162, %156 ]
  %4 = phi i64 [ 3, %0 ], [ %160, %156 ]
  %5 = phi i32 [ 0, %0 ], [ %159, %156 ]
  %6 = shl nuw nsw i64 %3, 1
  %7 = add i64 %6, 2
  %8 = shl nuw nsw i64 %4, 2
  %9 = and i64 %4, 7
  %10 = icmp ult i64 %7, 7
  br i1 %10, label %42, label %11

11:                                               ; preds = %2
  %12 = and i64 %4, 9223372036854775800
  br label %13

13:                                               ; preds = %13, %11
  %14 = phi i64 [ 0, %11 ], [ %39, %13 ]
  %15 = phi i64 [ 0, %11 ], [ %40, %13 ]
  %16 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %14, i64 0
  %17 = bitcast i32* %16 to i8*
  tail call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(1) %17, i8 0, i64 %8, i1 false) #5, !tbaa !5
  %18 = or i64 %14, 1
  %19 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %18, i64 0
  %20 = bitcast i32* %19 to i8*
  tail call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 4 dereferenceable(1) %20, i8 0, i64 %8, i1 false) #5, !tbaa !5
  %21 = or i64 %14, 2
  %22 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %21, i64 0
  %23 = bitcast i32* %22 to i8*
  tail call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(1) %23, i8 0, i64 %8, i1 false) #5, !tbaa !5
  %24 = or i64 %14, 3
  %25 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %24, i64 0
  %26 = bitcast i32* %25 to i8*
  tail call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 4 dereferenceable(1) %26, i8 0, i64 %8, i1 false) #5, !tbaa !5
  %27 = or i64 %14, 4
  %28 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %27, i64 0
  %29 = bitcast i32* %28 to i8*
  tail call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 16 dereferenceable(1) %29, i8 0, i64 %8, i1 false) #5, !tbaa !5
  %30 = or i64 %14, 5
  %31 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %30, i64 0
  %32 = bitcast i32* %31 to i8*
  tail call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 4 dereferenceable(1) %32, i8 0, i64 %8, i1 false) #5, !tbaa !5
  %33 = or i64 %14, 6
  %34 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %33, i64 0
  %35 = bitcast i32* %34 to i8*
  tail call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(1) %35, i8 0, i64 %8, i1 false) #5, !tbaa !5
  %36 = or i64 %14, 7
  %37 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %36, i64 0
  %38 = bitcast i32* %37 to i8*
  tail call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 4 dereferenceable(1) %38, i8 0, i64 %8, i1 false) #5, !tbaa !5
  %39 = add nuw nsw i64 %14, 8
  %40 = add i64 %15, 8
  %41 = icmp eq i64 %40, %12
  br i1 %41, label %42, label %13, !llvm.loop !9

42:                                               ; preds = %13, %2
  %43 = phi i64 [ 0, %2 ], [ %39, %13 ]
  %44 = icmp eq i64 %9, 0
  br i1 %44, label %53, label %45

45:                                               ; preds = %42, %45
  %46 = phi i64 [ %50, %45 ], [ %43, %42 ]
  %47 = phi i64 [ %51, %45 ], [ 0, %42 ]
  %48 = getelementptr [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %46, i64 0
  %49 = bitcast i32* %48 to i8*
  tail call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 4 dereferenceable(1) %49, i8 0, i64 %8, i1 false) #5, !tbaa !5
  %50 = add nuw nsw i64 %46, 1
  %51 = add i64 %47, 1
  %52 = icmp eq i64 %51, %9
  br i1 %52, label %53, label %45, !llvm.loop !16

53:                                               ; preds = %45, %42
  %54 = trunc i64 %4 to i32
  %55 = mul i32 %54, %54
  %56 = icmp eq i32 %55, 0
  br i1 %56, label %86, label %57

57:                                               ; preds = %53
  %58 = lshr i64 %4, 1
  %59 = trunc i64 %58 to i32
  %60 = trunc i64 %4 to i32
  %61 = add i32 %60, -1
  br label %62

62:                                               ; preds = %81, %57
  %63 = phi i32 [ 1, %57 ], [ %84, %81 ]
  %64 = phi i32 [ %59, %57 ], [ %83, %81 ]
  %65 = phi i32 [ 0, %57 ], [ %82, %81 ]
  %66 = sext i32 %65 to i64
  %67 = sext i32 %64 to i64
  %68 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %66, i64 %67
  store i32 %63, i32* %68, align 4, !tbaa !5
  %69 = add i32 %61, %65
  %70 = srem i32 %69, %54
  %71 = add nsw i32 %64, 1
  %72 = srem i32 %71, %54
  %73 = sext i32 %70 to i64
  %74 = sext i32 %72 to i64
  %75 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %73, i64 %74
  %76 = load i32, i32* %75, align 4, !tbaa !5
  %77 = icmp eq i32 %76, 0
  br i1 %77, label %81, label %78

78:                                               ; preds = %62
  %79 = add nsw i32 %65, 1
  %80 = srem i32 %79, %54
  br label %81

81:                                               ; preds = %78, %62
  %82 = phi i32 [ %80, %78 ], [ %70, %62 ]
  %83 = phi i32 [ %64, %78 ], [ %72, %62 ]
  %84 = add nuw i32 %63, 1
  %85 = icmp eq i32 %63, %55
  br i1 %85, label %86, label %62, !llvm.loop !13

86:                                               ; preds = %81, %53
  %87 = add nuw nsw i32 %55, 1
  %88 = mul nsw i32 %87, %54
  %89 = sdiv i32 %88, 2
  %90 = and i64 %4, 1
  %91 = icmp eq i64 %3, -1
  %92 = and i64 %4, 9223372036854775806
  %93 = icmp eq i64 %90, 0
  br label %94

94:                                               ; preds = %138, %86
  %95 = phi i64 [ 0, %86 ], [ %149, %138 ]
  %96 = phi i32 [ 0, %86 ], [ %148, %138 ]
  %97 = phi i32 [ 0, %86 ], [ %141, %138 ]
  br i1 %91, label %119, label %98

98:                                               ; preds = %94, %98
  %99 = phi i64 [ %116, %98 ], [ 0, %94 ]
  %100 = phi i32 [ %115, %98 ], [ 0, %94 ]
  %101 = phi i32 [ %112, %98 ], [ 0, %94 ]
  %102 = phi i64 [ %117, %98 ], [ 0, %94 ]
  %103 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %95, i64 %99
  %104 = load i32, i32* %103, align 4, !tbaa !5
  %105 = add nsw i32 %104, %101
  %106 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %99, i64 %95
  %107 = load i32, i32* %106, align 4, !tbaa !5
  %108 = add nsw i32 %107, %100
  %109 = or i64 %99, 1
  %110 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %95, i64 %109
  %111 = load i32, i32* %110, align 4, !tbaa !5
  %112 = add nsw i32 %111, %105
  %113 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %109, i64 %95
  %114 = load i32, i32* %113, align 4, !tbaa !5
  %115 = add nsw i32 %114, %108
  %116 = add nuw nsw i64 %99, 2
  %117 = add nuw nsw i64 %102, 2
  %118 = icmp eq i64 %117, %92
  br i1 %118, label %119, label %98, !llvm.loop !14

119:                                              ; preds = %98, %94
  %120 = phi i32 [ undef, %94 ], [ %112, %98 ]
  %121 = phi i32 [ undef, %94 ], [ %115, %98 ]
  %122 = phi i64 [ 0, %94 ], [ %116, %98 ]
  %123 = phi i32 [ 0, %94 ], [ %115, %98 ]
  %124 = phi i32 [ 0, %94 ], [ %112, %98 ]
  br i1 %93, label %132, label %125

125:                                              ; preds = %119
  %126 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %95, i64 %122
  %127 = load i32, i32* %126, align 4, !tbaa !5
  %128 = add nsw i32 %127, %124
  %129 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %122, i64 %95
  %130 = load i32, i32* %129, align 4, !tbaa !5
  %131 = add nsw i32 %130, %123
  br label %132

132:                                              ; preds = %119, %125
  %133 = phi i32 [ %120, %119 ], [ %128, %125 ]
  %134 = phi i32 [ %121, %119 ], [ %131, %125 ]
  %135 = icmp eq i32 %133, %89
  %136 = icmp eq i32 %134, %89
  %137 = select i1 %135, i1 %136, i1 false
  br i1 %137, label %138, label %156

138:                                              ; preds = %132
  %139 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %95, i64 %95
  %140 = load i32, i32* %139, align 4, !tbaa !5
  %141 = add nsw i32 %140, %97
  %142 = xor i64 %95, -1
  %143 = add nsw i64 %4, %142
  %144 = shl i64 %143, 32
  %145 = ashr exact i64 %144, 32
  %146 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %95, i64 %145
  %147 = load i32, i32* %146, align 4, !tbaa !5
  %148 = add nsw i32 %147, %96
  %149 = add nuw nsw i64 %95, 1
  %150 = icmp eq i64 %149, %4
  br i1 %150, label %151, label %94, !llvm.loop !15

151:                                              ; preds = %138
  %152 = icmp eq i32 %141, %89
  %153 = icmp eq i32 %148, %89
  %154 = select i1 %152, i1 %153, i1 false
  %155 = zext i1 %154 to i32
  br label %156

156:                                              ; preds = %132, %151
  %157 = phi i32 [ %155, %151 ], [ 0, %132 ]
  %158 = lshr i32 %88, 1
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([21 x i8], [21 x i8]* @.str, i64 0, i64 0), i32 noundef %54, i32 noundef %158, i32 noundef %157) #5
  %159 = add nuw nsw i32 %157, %5
  %160 = add nuw nsw i64 %4, 2
  %161 = icmp ult i64 %4, 8
  %162 = add i64 %3, 1
  br i1 %161, label %2, label %1, !llvm.loop !17

163:                                              ; preds = %1, %182
  %164 = phi i32 [ %185, %182 ], [ 1, %1 ]
  %165 = phi i32 [ %184, %182 ], [ 2, %1 ]
  %166 = phi i32 [ %183, %182 ], [ 0, %1 ]
  %167 = zext i32 %166 to i64
  %168 = sext i32 %165 to i64
  %169 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %167, i64 %168
  store i32 %164, i32* %169, align 4, !tbaa !5
  %170 = add nsw i32 %166, 4
  %171 = srem i32 %170, 5
  %172 = add nsw i32 %165, 1
  %173 = srem i32 %172, 5
  %174 = zext i32 %171 to i64
  %175 = sext i32 %173 to i64
  %176 = getelementptr inbounds [9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 %174, i64 %175
  %177 = load i32, i32* %176, align 4, !tbaa !5
  %178 = icmp eq i32 %177, 0
  br i1 %178, label %182, label %179

179:                                              ; preds = %163
  %180 = add nsw i32 %166, 1
  %181 = srem i32 %180, 5
  br label %182

182:                                              ; preds = %179, %163
  %183 = phi i32 [ %181, %179 ], [ %171, %163 ]
  %184 = phi i32 [ %165, %179 ], [ %173, %163 ]
  %185 = add nuw nsw i32 %164, 1
  %186 = icmp eq i32 %164, 25
  br i1 %186, label %187, label %163, !llvm.loop !13

187:                                              ; preds = %182
  tail call void @putarray(i32 noundef 5, i32* noundef nonnull getelementptr inbounds ([9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 0, i64 0)) #5
  tail call void @putarray(i32 noundef 5, i32* noundef nonnull getelementptr inbounds ([9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 1, i64 0)) #5
  tail call void @putarray(i32 noundef 5, i32* noundef nonnull getelementptr inbounds ([9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 2, i64 0)) #5
  tail call void @putarray(i32 noundef 5, i32* noundef nonnull getelementptr inbounds ([9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 3, i64 0)) #5
  tail call void @putarray(i32 noundef 5, i32* noundef nonnull getelementptr inbounds ([9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 4, i64 0)) #5
  %188 = mul nsw i32 %159, 50
  %189 = load i32, i32* getelementptr inbounds ([9 x [9 x i32]], [9 x [9 x i32]]* @sq, i64 0, i64 2, i64 2), align 16, !tbaa !5
  %190 = add nsw i32 %189, %188
  ret i32 %190
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #3

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #3

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #4

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { argmemonly nofree nounwind willreturn writeonly }
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
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !10}
