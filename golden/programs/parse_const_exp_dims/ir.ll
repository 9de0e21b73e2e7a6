; ModuleID = 'parse_const_exp_dims.sy'
source_filename = "parse_const_exp_dims.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@A = dso_local constant i32 3, align 4
@B = dso_local constant i32 6, align 4
@C = dso_local constant [3 x i32] [i32 6, i32 7, i32 1], align 4
@D = dso_local constant i32 9, align 4
@E = dso_local constant i32 5, align 4
@F = dso_local constant i32 1, align 4
@m2 = dso_local global [5 x [3 x i32]] [[3 x i32] zeroinitializer, [3 x i32] [i32 1, i32 0, i32 0], [3 x i32] zeroinitializer, [3 x i32] [i32 2, i32 3, i32 0], [3 x i32] zeroinitializer], align 16
@m3 = dso_local global [3 x [2 x [2 x i32]]] [[2 x [2 x i32]] [[2 x i32] [i32 1, i32 0], [2 x i32] [i32 2, i32 3]], [2 x [2 x i32]] [[2 x i32] [i32 4, i32 0], [2 x i32] zeroinitializer], [2 x [2 x i32]] zeroinitializer], align 16
@fm = dso_local global [4 x [2 x float]] [[2 x float] [float 5.000000e-01, float 0.000000e+00], [2 x float] [float 1.500000e+00, float 2.500000e+00], [2 x float] zeroinitializer, [2 x float] zeroinitializer], align 16
@flat = dso_local global <{ i32, i32, i32, i32, i32, [12 x i32] }> <{ i32 3, i32 6, i32 9, i32 5, i32 1, [12 x i32] zeroinitializer }>, align 16
@__const.main.H = private unnamed_addr constant [2 x [2 x i32]] [[2 x i32] [i32 13, i32 0], [2 x i32] [i32 -13, i32 1]], align 16
@m1 = dso_local global [3 x [3 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [37 x i8] c"D=%d E=%d F=%d G=%d rows=%d cols=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @total(i32* noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32*, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32* %0, i32** %3, align 8
  store i32 %1, i32* %4, align 4
  store i32 0, i32* %5, align 4
  store i32 0, i32* %6, align 4
  br label %8

8:                                                ; preds = %33, %2
  %9 = load i32, i32* %5, align 4
  %10 = load i32, i32* %4, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %36

12:                                               ; preds = %8
  store i32 0, i32* %7, align 4
  br label %13

13:                                               ; preds = %16, %12
  %14 = load i32, i32* %7, align 4
  %15 = icmp slt i32 %14, 3
  br i1 %15, label %16, label %33

16:                                               ; preds = %13
  %17 = load i32, i32* %6, align 4
  %18 = load i32*, i32** %3, align 8
  %19 = load i32, i32* %5, align 4
  %20 = sext i32 %19 to i64
  %21 = mul nsw i64 %20, 3
  %22 = getelementptr inbounds i32, i32* %18, i64 %21
  %23 = load i32, i32* %7, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds i32, i32* %22, i64 %24
  %26 = load i32, i32* %25, align 4
  %27 = load i32, i32* %5, align 4
  %28 = add nsw i32 %27, 1
  %29 = mul nsw i32 %26, %28
  %30 = add nsw i32 %17, %29
  store i32 %30, i32* %6, align 4
  %31 = load i32, i32* %7, align 4
  %32 = add nsw i32 %31, 1
  store i32 %32, i32* %7, align 4
  br label %13, !llvm.loop !6

33:                                               ; preds = %13
  %34 = load i32, i32* %5, align 4
  %35 = add nsw i32 %34, 1
  store i32 %35, i32* %5, align 4
  br label %8, !llvm.loop !8

36:                                               ; preds = %8
  %37 = load i32, i32* %6, align 4
  ret i32 %37
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [2 x [2 x i32]], align 16
  %4 = alloca [7 x [2 x i32]], align 16
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 13, i32* %2, align 4
  %7 = bitcast [2 x [2 x i32]]* %3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %7, i8* align 16 bitcast ([2 x [2 x i32]]* @__const.main.H to i8*), i64 16, i1 false)
  %8 = bitcast [7 x [2 x i32]]* %4 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 16 %8, i8 0, i64 56, i1 false)
  %9 = bitcast i8* %8 to [7 x [2 x i32]]*
  %10 = getelementptr inbounds [7 x [2 x i32]], [7 x [2 x i32]]* %9, i32 0, i32 0
  %11 = getelementptr inbounds [2 x i32], [2 x i32]* %10, i32 0, i32 0
  store i32 7, i32* %11, align 16
  %12 = getelementptr inbounds [7 x [2 x i32]], [7 x [2 x i32]]* %9, i32 0, i32 1
  %13 = getelementptr inbounds [2 x i32], [2 x i32]* %12, i32 0, i32 0
  store i32 8, i32* %13, align 8
  %14 = getelementptr inbounds [7 x [2 x i32]], [7 x [2 x i32]]* %9, i32 0, i32 2
  %15 = getelementptr inbounds [2 x i32], [2 x i32]* %14, i32 0, i32 0
  store i32 9, i32* %15, align 16
  store i32 0, i32* %5, align 4
  br label %16

16:                                               ; preds = %39, %0
  %17 = load i32, i32* %5, align 4
  %18 = icmp slt i32 %17, 3
  br i1 %18, label %19, label %42

19:                                               ; preds = %16
  store i32 0, i32* %6, align 4
  br label %20

20:                                               ; preds = %23, %19
  %21 = load i32, i32* %6, align 4
  %22 = icmp slt i32 %21, 3
  br i1 %22, label %23, label %39

23:                                               ; preds = %20
  %24 = load i32, i32* %5, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [3 x i32], [3 x i32]* @C, i64 0, i64 %25
  %27 = load i32, i32* %26, align 4
  %28 = mul nsw i32 %27, 10
  %29 = load i32, i32* %6, align 4
  %30 = add nsw i32 %28, %29
  %31 = load i32, i32* %5, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* @m1, i64 0, i64 %32
  %34 = load i32, i32* %6, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [3 x i32], [3 x i32]* %33, i64 0, i64 %35
  store i32 %30, i32* %36, align 4
  %37 = load i32, i32* %6, align 4
  %38 = add nsw i32 %37, 1
  store i32 %38, i32* %6, align 4
  br label %20, !llvm.loop !9

39:                                               ; preds = %20
  %40 = load i32, i32* %5, align 4
  %41 = add nsw i32 %40, 1
  store i32 %41, i32* %5, align 4
  br label %16, !llvm.loop !10

42:                                               ; preds = %16
  %43 = call i32 @total(i32* noundef getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @m1, i32 0, i32 0, i32 0), i32 noundef 3)
  call void @putint(i32 noundef %43)
  call void @putch(i32 noundef 32)
  %44 = call i32 @total(i32* noundef getelementptr inbounds ([5 x [3 x i32]], [5 x [3 x i32]]* @m2, i32 0, i32 0, i32 0), i32 noundef 5)
  call void @putint(i32 noundef %44)
  call void @putch(i32 noundef 10)
  call void @putarray(i32 noundef 17, i32* noundef getelementptr inbounds ([17 x i32], [17 x i32]* bitcast (<{ i32, i32, i32, i32, i32, [12 x i32] }>* @flat to [17 x i32]*), i64 0, i64 0))
  call void @putarray(i32 noundef 2, i32* noundef getelementptr inbounds ([3 x [2 x [2 x i32]]], [3 x [2 x [2 x i32]]]* @m3, i64 0, i64 0, i64 0, i64 0))
  call void @putarray(i32 noundef 2, i32* noundef getelementptr inbounds ([3 x [2 x [2 x i32]]], [3 x [2 x [2 x i32]]]* @m3, i64 0, i64 0, i64 1, i64 0))
  call void @putarray(i32 noundef 2, i32* noundef getelementptr inbounds ([3 x [2 x [2 x i32]]], [3 x [2 x [2 x i32]]]* @m3, i64 0, i64 1, i64 0, i64 0))
  call void @putfarray(i32 noundef 2, float* noundef getelementptr inbounds ([4 x [2 x float]], [4 x [2 x float]]* @fm, i64 0, i64 1, i64 0))
  call void @putfarray(i32 noundef 2, float* noundef getelementptr inbounds ([4 x [2 x float]], [4 x [2 x float]]* @fm, i64 0, i64 2, i64 0))
  %45 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %3, i64 0, i64 1
  %46 = getelementptr inbounds [2 x i32], [2 x i32]* %45, i64 0, i64 0
  %47 = load i32, i32* %46, align 8
  call void @putint(i32 noundef %47)
  call void @putch(i32 noundef 32)
  %48 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %3, i64 0, i64 1
  %49 = getelementptr inbounds [2 x i32], [2 x i32]* %48, i64 0, i64 1
  %50 = load i32, i32* %49, align 4
  call void @putint(i32 noundef %50)
  call void @putch(i32 noundef 10)
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([37 x i8], [37 x i8]* @.str, i64 0, i64 0), i32 noundef 9, i32 noundef 5, i32 noundef 1, i32 noundef 13, i32 noundef 7, i32 noundef 2)
  %51 = getelementptr inbounds [7 x [2 x i32]], [7 x [2 x i32]]* %4, i64 0, i64 6
  %52 = getelementptr inbounds [2 x i32], [2 x i32]* %51, i64 0, i64 0
  call void @putarray(i32 noundef 2, i32* noundef %52)
  %53 = getelementptr inbounds [7 x [2 x i32]], [7 x [2 x i32]]* %4, i64 0, i64 0
  %54 = getelementptr inbounds [2 x i32], [2 x i32]* %53, i64 0, i64 0
  %55 = load i32, i32* %54, align 16
  %56 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %3, i64 0, i64 0
  %57 = getelementptr inbounds [2 x i32], [2 x i32]* %56, i64 0, i64 0
  %58 = load i32, i32* %57, align 16
  %59 = add nsw i32 %55, %58
  ret i32 %59
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

declare void @putint(i32 noundef) #3

declare void @putch(i32 noundef) #3

declare void @putarray(i32 noundef, i32* noundef) #3

declare void @putfarray(i32 noundef, float* noundef) #3

declare void @putf(i8* noundef, ...) #3

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly nofree nounwind willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
