; ModuleID = 'func_bit_ops_by_division.sy'
source_filename = "func_bit_ops_by_division.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.xs = private unnamed_addr constant [6 x i32] [i32 3855, i32 12345, i32 32767, i32 1, i32 0, i32 43981], align 16
@__const.main.ys = private unnamed_addr constant [6 x i32] [i32 255, i32 54321, i32 4660, i32 3, i32 77, i32 4951], align 16
@.str = private unnamed_addr constant [16 x i8] c"%d %d %d %d %d\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @bit_and(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %0, 0
  %4 = icmp sgt i32 %1, 0
  %5 = and i1 %3, %4
  br i1 %5, label %6, label %25

6:                                                ; preds = %2, %6
  %7 = phi i32 [ %24, %6 ], [ 1, %2 ]
  %8 = phi i32 [ %17, %6 ], [ 0, %2 ]
  %9 = phi i32 [ %19, %6 ], [ %1, %2 ]
  %10 = phi i32 [ %18, %6 ], [ %0, %2 ]
  %11 = and i32 %10, 1
  %12 = icmp ne i32 %11, 0
  %13 = and i32 %9, 1
  %14 = icmp ne i32 %13, 0
  %15 = select i1 %12, i1 %14, i1 false
  %16 = select i1 %15, i32 %7, i32 0
  %17 = add nsw i32 %16, %8
  %18 = lshr i32 %10, 1
  %19 = lshr i32 %9, 1
  %20 = icmp ugt i32 %10, 1
  %21 = icmp ugt i32 %9, 1
  %22 = select i1 %20, i1 %21, i1 false
  %23 = zext i1 %22 to i32
  %24 = shl nsw i32 %7, %23
  br i1 %22, label %6, label %25, !llvm.loop !5

25:                                               ; preds = %6, %2
  %26 = phi i32 [ 0, %2 ], [ %17, %6 ]
  ret i32 %26
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @bit_or(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %0, 0
  %4 = icmp sgt i32 %1, 0
  %5 = or i1 %3, %4
  br i1 %5, label %6, label %25

6:                                                ; preds = %2, %6
  %7 = phi i32 [ %24, %6 ], [ 1, %2 ]
  %8 = phi i32 [ %17, %6 ], [ 0, %2 ]
  %9 = phi i32 [ %19, %6 ], [ %1, %2 ]
  %10 = phi i32 [ %18, %6 ], [ %0, %2 ]
  %11 = srem i32 %10, 2
  %12 = icmp eq i32 %11, 1
  %13 = srem i32 %9, 2
  %14 = icmp eq i32 %13, 1
  %15 = select i1 %12, i1 true, i1 %14
  %16 = select i1 %15, i32 %7, i32 0
  %17 = add nsw i32 %16, %8
  %18 = sdiv i32 %10, 2
  %19 = sdiv i32 %9, 2
  %20 = icmp sgt i32 %10, 1
  %21 = icmp sgt i32 %9, 1
  %22 = select i1 %20, i1 true, i1 %21
  %23 = zext i1 %22 to i32
  %24 = shl nsw i32 %7, %23
  br i1 %22, label %6, label %25, !llvm.loop !7

25:                                               ; preds = %6, %2
  %26 = phi i32 [ 0, %2 ], [ %17, %6 ]
  ret i32 %26
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @bit_xor(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %0, 0
  %4 = icmp sgt i32 %1, 0
  %5 = or i1 %3, %4
  br i1 %5, label %6, label %25

6:                                                ; preds = %2, %6
  %7 = phi i32 [ %24, %6 ], [ 1, %2 ]
  %8 = phi i32 [ %17, %6 ], [ 0, %2 ]
  %9 = phi i32 [ %19, %6 ], [ %1, %2 ]
  %10 = phi i32 [ %18, %6 ], [ %0, %2 ]
  %11 = srem i32 %10, 2
  %12 = icmp eq i32 %11, 1
  %13 = srem i32 %9, 2
  %14 = icmp eq i32 %13, 1
  %15 = select i1 %12, i1 true, i1 %14
  %16 = select i1 %15, i32 %7, i32 0
  %17 = add nsw i32 %16, %8
  %18 = sdiv i32 %10, 2
  %19 = sdiv i32 %9, 2
  %20 = icmp sgt i32 %10, 1
  %21 = icmp sgt i32 %9, 1
  %22 = select i1 %20, i1 true, i1 %21
  %23 = zext i1 %22 to i32
  %24 = shl nsw i32 %7, %23
  br i1 %22, label %6, label %25, !llvm.loop !7

25:                                               ; preds = %6, %2
  %26 = phi i32 [ 0, %2 ], [ %17, %6 ]
  %27 = and i1 %3, %4
  br i1 %27, label %28, label %47

28:                                               ; preds = %25, %28
  %29 = phi i32 [ %46, %28 ], [ 1, %25 ]
  %30 = phi i32 [ %39, %28 ], [ 0, %25 ]
  %31 = phi i32 [ %41, %28 ], [ %1, %25 ]
  %32 = phi i32 [ %40, %28 ], [ %0, %25 ]
  %33 = and i32 %32, 1
  %34 = icmp ne i32 %33, 0
  %35 = and i32 %31, 1
  %36 = icmp ne i32 %35, 0
  %37 = select i1 %34, i1 %36, i1 false
  %38 = select i1 %37, i32 %29, i32 0
  %39 = add nsw i32 %38, %30
  %40 = lshr i32 %32, 1
  %41 = lshr i32 %31, 1
  %42 = icmp ugt i32 %32, 1
  %43 = icmp ugt i32 %31, 1
  %44 = select i1 %42, i1 %43, i1 false
  %45 = zext i1 %44 to i32
  %46 = shl nsw i32 %29, %45
  br i1 %44, label %28, label %47, !llvm.loop !5

47:                                               ; preds = %28, %25
  %48 = phi i32 [ 0, %25 ], [ %39, %28 ]
  %49 = sub nsw i32 %26, %48
  ret i32 %49
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @shl(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %28

4:                                                ; preds = %2
  %5 = add i32 %1, -1
  %6 = and i32 %1, 7
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %8

8:                                                ; preds = %4, %8
  %9 = phi i32 [ %13, %8 ], [ %1, %4 ]
  %10 = phi i32 [ %12, %8 ], [ %0, %4 ]
  %11 = phi i32 [ %14, %8 ], [ 0, %4 ]
  %12 = shl nsw i32 %10, 1
  %13 = add nsw i32 %9, -1
  %14 = add i32 %11, 1
  %15 = icmp eq i32 %14, %6
  br i1 %15, label %16, label %8, !llvm.loop !8

16:                                               ; preds = %8, %4
  %17 = phi i32 [ %1, %4 ], [ %13, %8 ]
  %18 = phi i32 [ %0, %4 ], [ %12, %8 ]
  %19 = phi i32 [ undef, %4 ], [ %12, %8 ]
  %20 = icmp ult i32 %5, 7
  br i1 %20, label %28, label %21

21:                                               ; preds = %16, %21
  %22 = phi i32 [ %25, %21 ], [ %17, %16 ]
  %23 = phi i32 [ %24, %21 ], [ %18, %16 ]
  %24 = shl i32 %23, 8
  %25 = add nsw i32 %22, -8
  %26 = add i32 %22, -9
  %27 = icmp ult i32 %26, -2
  br i1 %27, label %21, label %28, !llvm.loop !10

28:                                               ; preds = %16, %21, %2
  %29 = phi i32 [ %0, %2 ], [ %19, %16 ], [ %24, %21 ]
  ret i32 %29
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @shr(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %28

4:                                                ; preds = %2
  %5 = add i32 %1, -1
  %6 = and i32 %1, 3
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %16, label %8

8:                                                ; preds = %4, %8
  %9 = phi i32 [ %13, %8 ], [ %1, %4 ]
  %10 = phi i32 [ %12, %8 ], [ %0, %4 ]
  %11 = phi i32 [ %14, %8 ], [ 0, %4 ]
  %12 = sdiv i32 %10, 2
  %13 = add nsw i32 %9, -1
  %14 = add i32 %11, 1
  %15 = icmp eq i32 %14, %6
  br i1 %15, label %16, label %8, !llvm.loop !11

16:                                               ; preds = %8, %4
  %17 = phi i32 [ %1, %4 ], [ %13, %8 ]
  %18 = phi i32 [ %0, %4 ], [ %12, %8 ]
  %19 = phi i32 [ undef, %4 ], [ %12, %8 ]
  %20 = icmp ult i32 %5, 3
  br i1 %20, label %28, label %21

21:                                               ; preds = %16, %21
  %22 = phi i32 [ %25, %21 ], [ %17, %16 ]
  %23 = phi i32 [ %24, %21 ], [ %18, %16 ]
  %24 = sdiv i32 %23, 16
  %25 = add nsw i32 %22, -4
  %26 = add i32 %22, -5
  %27 = icmp ult i32 %26, -2
  br i1 %27, label %21, label %28, !llvm.loop !12

28:                                               ; preds = %16, %21, %2
  %29 = phi i32 [ %0, %2 ], [ %19, %16 ], [ %24, %21 ]
  ret i32 %29
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @popcount(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp eq i32 %0, 0
  br i1 %2, label %11, label %3

3:                                                ; preds = %1, %3
  %4 = phi i32 [ %7, %3 ], [ 0, %1 ]
  %5 = phi i32 [ %8, %3 ], [ %0, %1 ]
  %6 = srem i32 %5, 2
  %7 = add nsw i32 %4, %6
  %8 = sdiv i32 %5, 2
  %9 = add i32 %5, 1
  %10 = icmp ult i32 %9, 3
  br i1 %10, label %11, label %3, !llvm.loop !13

11:                                               ; preds = %3, %1
  %12 = phi i32 [ 0, %1 ], [ %7, %3 ]
  ret i32 %12
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @reverse_bits16(i32 noundef %0) local_unnamed_addr #0 {
  br label %2

2:                                                ; preds = %2, %1
  %3 = phi i32 [ 0, %1 ], [ %14, %2 ]
  %4 = phi i32 [ 0, %1 ], [ %12, %2 ]
  %5 = phi i32 [ %0, %1 ], [ %13, %2 ]
  %6 = shl nsw i32 %4, 1
  %7 = srem i32 %5, 2
  %8 = add nsw i32 %6, %7
  %9 = sdiv i32 %5, 2
  %10 = shl nsw i32 %8, 1
  %11 = srem i32 %9, 2
  %12 = add nsw i32 %10, %11
  %13 = sdiv i32 %5, 4
  %14 = add nuw nsw i32 %3, 2
  %15 = icmp eq i32 %14, 16
  br i1 %15, label %16, label %2, !llvm.loop !14

16:                                               ; preds = %2
  ret i32 %12
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  br label %3

1:                                                ; preds = %163
  tail call void @putint(i32 noundef 3145728) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putint(i32 noundef 32767) #3
  tail call void @putch(i32 noundef 10) #3
  %2 = srem i32 %165, 256
  ret i32 %2

3:                                                ; preds = %0, %163
  %4 = phi i64 [ 0, %0 ], [ %166, %163 ]
  %5 = phi i32 [ 0, %0 ], [ %165, %163 ]
  %6 = getelementptr inbounds [6 x i32], [6 x i32]* @__const.main.xs, i64 0, i64 %4
  %7 = load i32, i32* %6, align 4, !tbaa !15
  %8 = getelementptr inbounds [6 x i32], [6 x i32]* @__const.main.ys, i64 0, i64 %4
  %9 = load i32, i32* %8, align 4, !tbaa !15
  %10 = icmp eq i64 %4, 4
  br i1 %10, label %30, label %11

11:                                               ; preds = %3, %11
  %12 = phi i32 [ %29, %11 ], [ 1, %3 ]
  %13 = phi i32 [ %22, %11 ], [ 0, %3 ]
  %14 = phi i32 [ %24, %11 ], [ %9, %3 ]
  %15 = phi i32 [ %23, %11 ], [ %7, %3 ]
  %16 = and i32 %15, 1
  %17 = icmp ne i32 %16, 0
  %18 = and i32 %14, 1
  %19 = icmp ne i32 %18, 0
  %20 = select i1 %17, i1 %19, i1 false
  %21 = select i1 %20, i32 %12, i32 0
  %22 = add nsw i32 %21, %13
  %23 = lshr i32 %15, 1
  %24 = lshr i32 %14, 1
  %25 = icmp ugt i32 %15, 1
  %26 = icmp ugt i32 %14, 1
  %27 = select i1 %25, i1 %26, i1 false
  %28 = zext i1 %27 to i32
  %29 = shl nsw i32 %12, %28
  br i1 %27, label %11, label %30, !llvm.loop !5

30:                                               ; preds = %11, %3
  %31 = phi i32 [ 0, %3 ], [ %22, %11 ]
  br label %32

32:                                               ; preds = %30, %32
  %33 = phi i32 [ %50, %32 ], [ 1, %30 ]
  %34 = phi i32 [ %43, %32 ], [ 0, %30 ]
  %35 = phi i32 [ %45, %32 ], [ %9, %30 ]
  %36 = phi i32 [ %44, %32 ], [ %7, %30 ]
  %37 = srem i32 %36, 2
  %38 = icmp eq i32 %37, 1
  %39 = srem i32 %35, 2
  %40 = icmp eq i32 %39, 1
  %41 = select i1 %38, i1 true, i1 %40
  %42 = select i1 %41, i32 %33, i32 0
  %43 = add nsw i32 %42, %34
  %44 = sdiv i32 %36, 2
  %45 = sdiv i32 %35, 2
  %46 = icmp sgt i32 %36, 1
  %47 = icmp sgt i32 %35, 1
  %48 = select i1 %46, i1 true, i1 %47
  %49 = zext i1 %48 to i32
  %50 = shl nsw i32 %33, %49
  br i1 %48, label %32, label %51, !llvm.loop !7

51:                                               ; preds = %32, %51
  %52 = phi i32 [ %69, %51 ], [ 1, %32 ]
  %53 = phi i32 [ %62, %51 ], [ 0, %32 ]
  %54 = phi i32 [ %64, %51 ], [ %9, %32 ]
  %55 = phi i32 [ %63, %51 ], [ %7, %32 ]
  %56 = srem i32 %55, 2
  %57 = icmp eq i32 %56, 1
  %58 = srem i32 %54, 2
  %59 = icmp eq i32 %58, 1
  %60 = select i1 %57, i1 true, i1 %59
  %61 = select i1 %60, i32 %52, i32 0
  %62 = add nsw i32 %61, %53
  %63 = sdiv i32 %55, 2
  %64 = sdiv i32 %54, 2
  %65 = icmp sgt i32 %55, 1
  %66 = icmp sgt i32 %54, 1
  %67 = select i1 %65, i1 true, i1 %66
  %68 = zext i1 %67 to i32
  %69 = shl nsw i32 %52, %68
  br i1 %67, label %51, label %70, !llvm.loop !7

70:                                               ; preds = %51
  br i1 %10, label %100, label %71

71:                                               ; preds = %70, %71
  %72 = phi i32 [ %89, %71 ], [ 1, %70 ]
  %73 = phi i32 [ %82, %71 ], [ 0, %70 ]
  %74 = phi i32 [ %84, %71 ], [ %9, %70 ]
  %75 = phi i32 [ %83, %71 ], [ %7, %70 ]
  %76 = and i32 %75, 1
  %77 = icmp ne i32 %76, 0
  %78 = and i32 %74, 1
  %79 = icmp ne i32 %78, 0
  %80 = select i1 %77, i1 %79, i1 false
  %81 = select i1 %80, i32 %72, i32 0
  %82 = add nsw i32 %81, %73
  %83 = lshr i32 %75, 1
  %84 = lshr i32 %74, 1
  %85 = icmp ugt i32 %75, 1
  %86 = icmp ugt i32 %74, 1
  %87 = select i1 %85, i1 %86, i1 false
  %88 = zext i1 %87 to i32
  %89 = shl nsw i32 %72, %88
  br i1 %87, label %71, label %90, !llvm.loop !5

90:                                               ; preds = %71
  %91 = sub nsw i32 %62, %82
  br i1 %10, label %100, label %92

92:                                               ; preds = %90, %92
  %93 = phi i32 [ %96, %92 ], [ 0, %90 ]
  %94 = phi i32 [ %97, %92 ], [ %7, %90 ]
  %95 = srem i32 %94, 2
  %96 = add nsw i32 %95, %93
  %97 = sdiv i32 %94, 2
  %98 = add i32 %94, 1
  %99 = icmp ult i32 %98, 3
  br i1 %99, label %100, label %92, !llvm.loop !13

100:                                              ; preds = %92, %70, %90
  %101 = phi i32 [ %91, %90 ], [ %62, %70 ], [ %91, %92 ]
  %102 = phi i32 [ 0, %90 ], [ 0, %70 ], [ %96, %92 ]
  br label %103

103:                                              ; preds = %103, %100
  %104 = phi i32 [ 0, %100 ], [ %115, %103 ]
  %105 = phi i32 [ 0, %100 ], [ %113, %103 ]
  %106 = phi i32 [ %7, %100 ], [ %114, %103 ]
  %107 = shl nsw i32 %105, 1
  %108 = srem i32 %106, 2
  %109 = add nsw i32 %108, %107
  %110 = sdiv i32 %106, 2
  %111 = shl nsw i32 %109, 1
  %112 = srem i32 %110, 2
  %113 = add nsw i32 %112, %111
  %114 = sdiv i32 %106, 4
  %115 = add nuw nsw i32 %104, 2
  %116 = icmp eq i32 %115, 16
  br i1 %116, label %117, label %103, !llvm.loop !14

117:                                              ; preds = %103
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([16 x i8], [16 x i8]* @.str, i64 0, i64 0), i32 noundef %31, i32 noundef %43, i32 noundef %101, i32 noundef %102, i32 noundef %113) #3
  %118 = add nsw i32 %9, %7
  %119 = icmp sgt i32 %5, 0
  %120 = icmp sgt i32 %118, 0
  %121 = or i1 %119, %120
  br i1 %121, label %122, label %141

122:                                              ; preds = %117, %122
  %123 = phi i32 [ %140, %122 ], [ 1, %117 ]
  %124 = phi i32 [ %133, %122 ], [ 0, %117 ]
  %125 = phi i32 [ %135, %122 ], [ %118, %117 ]
  %126 = phi i32 [ %134, %122 ], [ %5, %117 ]
  %127 = srem i32 %126, 2
  %128 = icmp eq i32 %127, 1
  %129 = srem i32 %125, 2
  %130 = icmp eq i32 %129, 1
  %131 = select i1 %128, i1 true, i1 %130
  %132 = select i1 %131, i32 %123, i32 0
  %133 = add nsw i32 %132, %124
  %134 = sdiv i32 %126, 2
  %135 = sdiv i32 %125, 2
  %136 = icmp sgt i32 %126, 1
  %137 = icmp sgt i32 %125, 1
  %138 = select i1 %136, i1 true, i1 %137
  %139 = zext i1 %138 to i32
  %140 = shl nsw i32 %123, %139
  br i1 %138, label %122, label %141, !llvm.loop !7

141:                                              ; preds = %122, %117
  %142 = phi i32 [ 0, %117 ], [ %133, %122 ]
  %143 = and i1 %119, %120
  br i1 %143, label %144, label %163

144:                                              ; preds = %141, %144
  %145 = phi i32 [ %162, %144 ], [ 1, %141 ]
  %146 = phi i32 [ %155, %144 ], [ 0, %141 ]
  %147 = phi i32 [ %157, %144 ], [ %118, %141 ]
  %148 = phi i32 [ %156, %144 ], [ %5, %141 ]
  %149 = and i32 %148, 1
  %150 = icmp ne i32 %149, 0
  %151 = and i32 %147, 1
  %152 = icmp ne i32 %151, 0
  %153 = select i1 %150, i1 %152, i1 false
  %154 = select i1 %153, i32 %145, i32 0
  %155 = add nsw i32 %154, %146
  %156 = lshr i32 %148, 1
  %157 = lshr i32 %147, 1
  %158 = icmp ugt i32 %148, 1
  %159 = icmp ugt i32 %147, 1
  %160 = select i1 %158, i1 %159, i1 false
  %161 = zext i1 %160 to i32
  %162 = shl nsw i32 %145, %161
  br i1 %160, label %144, label %163, !llvm.loop !5

163:                                              ; preds = %144, %141
  %164 = phi i32 [ 0, %141 ], [ %155, %144 ]
  %165 = sub nsw i32 %142, %164
  %166 = add nuw nsw i64 %4, 1
  %167 = icmp eq i64 %166, 6
  br i1 %167, label %1, label %3, !llvm.loop !19
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

declare void @putint(i32 noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

attributes #0 = { nofree norecurse nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !9}
!9 = !{!"llvm.loop.unroll.disable"}
!10 = distinct !{!10, !6}
!11 = distinct !{!11, !9}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
!15 = !{!16, !16, i64 0}
!16 = !{!"int", !17, i64 0}
!17 = !{!"omnipotent char", !18, i64 0}
!18 = !{!"Simple C/C++ TBAA"}
!19 = distinct !{!19, !6}
