; ModuleID = 'func_array_init_forms.sy'
source_filename = "func_array_init_forms.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g_full = dso_local global [5 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5], align 16
@g_part = dso_local global [6 x i32] [i32 7, i32 8, i32 0, i32 0, i32 0, i32 0], align 16
@g_zero = dso_local global [4 x i32] zeroinitializer, align 16
@g_nested = dso_local global [3 x [3 x i32]] [[3 x i32] [i32 1, i32 0, i32 0], [3 x i32] [i32 2, i32 3, i32 0], [3 x i32] [i32 4, i32 5, i32 6]], align 16
@g_flat = dso_local global [2 x [3 x i32]] [[3 x i32] [i32 1, i32 2, i32 3], [3 x i32] [i32 4, i32 0, i32 0]], align 16
@gf = dso_local global [4 x float] [float 1.500000e+00, float 2.000000e+00, float 0.000000e+00, float 0.000000e+00], align 16
@gc = dso_local constant [2 x [2 x i32]] [[2 x i32] [i32 10, i32 20], [2 x i32] [i32 30, i32 40]], align 16
@__const.main.l_full = private unnamed_addr constant [3 x i32] [i32 9, i32 8, i32 7], align 4
@__const.main.l_part = private unnamed_addr constant [5 x i32] [i32 1, i32 0, i32 0, i32 0, i32 0], align 16
@__const.main.l_nested = private unnamed_addr constant [2 x [2 x [2 x i32]]] [[2 x [2 x i32]] [[2 x i32] [i32 1, i32 2], [2 x i32] [i32 3, i32 0]], [2 x [2 x i32]] [[2 x i32] [i32 4, i32 0], [2 x i32] zeroinitializer]], align 16
@__const.main.l_mixed = private unnamed_addr constant [3 x [2 x i32]] [[2 x i32] [i32 1, i32 0], [2 x i32] [i32 2, i32 3], [2 x i32] [i32 4, i32 0]], align 16
@g_none = dso_local global [3 x i32] zeroinitializer, align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @sum1(i32* noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32*, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32* %0, i32** %3, align 8
  store i32 %1, i32* %4, align 4
  store i32 0, i32* %5, align 4
  store i32 0, i32* %6, align 4
  br label %7

7:                                                ; preds = %11, %2
  %8 = load i32, i32* %6, align 4
  %9 = load i32, i32* %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %21

11:                                               ; preds = %7
  %12 = load i32, i32* %5, align 4
  %13 = load i32*, i32** %3, align 8
  %14 = load i32, i32* %6, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds i32, i32* %13, i64 %15
  %17 = load i32, i32* %16, align 4
  %18 = add nsw i32 %12, %17
  store i32 %18, i32* %5, align 4
  %19 = load i32, i32* %6, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, i32* %6, align 4
  br label %7, !llvm.loop !6

21:                                               ; preds = %7
  %22 = load i32, i32* %5, align 4
  ret i32 %22
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @sum2([3 x i32]* noundef %0, i32 noundef %1) #0 {
  %3 = alloca [3 x i32]*, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store [3 x i32]* %0, [3 x i32]** %3, align 8
  store i32 %1, i32* %4, align 4
  store i32 0, i32* %5, align 4
  store i32 0, i32* %6, align 4
  br label %7

7:                                                ; preds = %11, %2
  %8 = load i32, i32* %6, align 4
  %9 = load i32, i32* %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %25

11:                                               ; preds = %7
  %12 = load i32, i32* %5, align 4
  %13 = load [3 x i32]*, [3 x i32]** %3, align 8
  %14 = load i32, i32* %6, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [3 x i32], [3 x i32]* %13, i64 %15
  %17 = getelementptr inbounds [3 x i32], [3 x i32]* %16, i64 0, i64 0
  %18 = call i32 @sum1(i32* noundef %17, i32 noundef 3)
  %19 = load i32, i32* %6, align 4
  %20 = add nsw i32 %19, 1
  %21 = mul nsw i32 %18, %20
  %22 = add nsw i32 %12, %21
  store i32 %22, i32* %5, align 4
  %23 = load i32, i32* %6, align 4
  %24 = add nsw i32 %23, 1
  store i32 %24, i32* %6, align 4
  br label %7, !llvm.loop !8

25:                                               ; preds = %7
  %26 = load i32, i32* %5, align 4
  ret i32 %26
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x i32], align 4
  %3 = alloca [5 x i32], align 16
  %4 = alloca [4 x i32], align 16
  %5 = alloca [2 x [2 x [2 x i32]]], align 16
  %6 = alloca [3 x [2 x i32]], align 16
  %7 = alloca i32, align 4
  %8 = alloca [4 x i32], align 16
  store i32 0, i32* %1, align 4
  %9 = bitcast [3 x i32]* %2 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %9, i8* align 4 bitcast ([3 x i32]* @__const.main.l_full to i8*), i64 12, i1 false)
  %10 = bitcast [5 x i32]* %3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %10, i8* align 16 bitcast ([5 x i32]* @__const.main.l_part to i8*), i64 20, i1 false)
  %11 = bitcast [4 x i32]* %4 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 16 %11, i8 0, i64 16, i1 false)
  %12 = bitcast [2 x [2 x [2 x i32]]]* %5 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %12, i8* align 16 bitcast ([2 x [2 x [2 x i32]]]* @__const.main.l_nested to i8*), i64 32, i1 false)
  %13 = bitcast [3 x [2 x i32]]* %6 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %13, i8* align 16 bitcast ([3 x [2 x i32]]* @__const.main.l_mixed to i8*), i64 24, i1 false)
  store i32 5, i32* %7, align 4
  %14 = getelementptr inbounds [4 x i32], [4 x i32]* %8, i64 0, i64 0
  %15 = load i32, i32* %7, align 4
  store i32 %15, i32* %14, align 4
  %16 = getelementptr inbounds i32, i32* %14, i64 1
  %17 = load i32, i32* %7, align 4
  %18 = mul nsw i32 %17, 2
  store i32 %18, i32* %16, align 4
  %19 = getelementptr inbounds i32, i32* %16, i64 1
  %20 = load i32, i32* %7, align 4
  %21 = load i32, i32* getelementptr inbounds ([2 x [2 x i32]], [2 x [2 x i32]]* @gc, i64 0, i64 1, i64 1), align 4
  %22 = add nsw i32 %20, %21
  store i32 %22, i32* %19, align 4
  %23 = getelementptr inbounds i32, i32* %19, i64 1
  %24 = getelementptr inbounds i32, i32* %14, i64 4
  br label %25

25:                                               ; preds = %25, %0
  %26 = phi i32* [ %23, %0 ], [ %27, %25 ]
  store i32 0, i32* %26, align 4
  %27 = getelementptr inbounds i32, i32* %26, i64 1
  %28 = icmp eq i32* %27, %24
  br i1 %28, label %29, label %25

29:                                               ; preds = %25
  %30 = call i32 @sum1(i32* noundef getelementptr inbounds ([5 x i32], [5 x i32]* @g_full, i64 0, i64 0), i32 noundef 5)
  call void @putint(i32 noundef %30)
  call void @putch(i32 noundef 32)
  %31 = call i32 @sum1(i32* noundef getelementptr inbounds ([6 x i32], [6 x i32]* @g_part, i64 0, i64 0), i32 noundef 6)
  call void @putint(i32 noundef %31)
  call void @putch(i32 noundef 32)
  %32 = call i32 @sum1(i32* noundef getelementptr inbounds ([4 x i32], [4 x i32]* @g_zero, i64 0, i64 0), i32 noundef 4)
  %33 = call i32 @sum1(i32* noundef getelementptr inbounds ([3 x i32], [3 x i32]* @g_none, i64 0, i64 0), i32 noundef 3)
  %34 = add nsw i32 %32, %33
  call void @putint(i32 noundef %34)
  call void @putch(i32 noundef 32)
  %35 = call i32 @sum2([3 x i32]* noundef getelementptr inbounds ([3 x [3 x i32]], [3 x [3 x i32]]* @g_nested, i64 0, i64 0), i32 noundef 3)
  call void @putint(i32 noundef %35)
  call void @putch(i32 noundef 32)
  %36 = call i32 @sum2([3 x i32]* noundef getelementptr inbounds ([2 x [3 x i32]], [2 x [3 x i32]]* @g_flat, i64 0, i64 0), i32 noundef 2)
  call void @putint(i32 noundef %36)
  call void @putch(i32 noundef 10)
  %37 = getelementptr inbounds [3 x i32], [3 x i32]* %2, i64 0, i64 0
  call void @putarray(i32 noundef 3, i32* noundef %37)
  %38 = getelementptr inbounds [5 x i32], [5 x i32]* %3, i64 0, i64 0
  call void @putarray(i32 noundef 5, i32* noundef %38)
  %39 = getelementptr inbounds [4 x i32], [4 x i32]* %4, i64 0, i64 0
  call void @putarray(i32 noundef 4, i32* noundef %39)
  %40 = getelementptr inbounds [2 x [2 x [2 x i32]]], [2 x [2 x [2 x i32]]]* %5, i64 0, i64 0
  %41 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %40, i64 0, i64 0
  %42 = getelementptr inbounds [2 x i32], [2 x i32]* %41, i64 0, i64 0
  call void @putarray(i32 noundef 2, i32* noundef %42)
  %43 = getelementptr inbounds [2 x [2 x [2 x i32]]], [2 x [2 x [2 x i32]]]* %5, i64 0, i64 0
  %44 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %43, i64 0, i64 1
  %45 = getelementptr inbounds [2 x i32], [2 x i32]* %44, i64 0, i64 0
  call void @putarray(i32 noundef 2, i32* noundef %45)
  %46 = getelementptr inbounds [2 x [2 x [2 x i32]]], [2 x [2 x [2 x i32]]]* %5, i64 0, i64 1
  %47 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %46, i64 0, i64 1
  %48 = getelementptr inbounds [2 x i32], [2 x i32]* %47, i64 0, i64 0
  call void @putarray(i32 noundef 2, i32* noundef %48)
  %49 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %6, i64 0, i64 0
  %50 = getelementptr inbounds [2 x i32], [2 x i32]* %49, i64 0, i64 0
  call void @putarray(i32 noundef 2, i32* noundef %50)
  %51 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %6, i64 0, i64 1
  %52 = getelementptr inbounds [2 x i32], [2 x i32]* %51, i64 0, i64 0
  call void @putarray(i32 noundef 2, i32* noundef %52)
  %53 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %6, i64 0, i64 2
  %54 = getelementptr inbounds [2 x i32], [2 x i32]* %53, i64 0, i64 0
  call void @putarray(i32 noundef 2, i32* noundef %54)
  %55 = getelementptr inbounds [4 x i32], [4 x i32]* %8, i64 0, i64 0
  call void @putarray(i32 noundef 4, i32* noundef %55)
  call void @putfarray(i32 noundef 4, float* noundef getelementptr inbounds ([4 x float], [4 x float]* @gf, i64 0, i64 0))
  %56 = getelementptr inbounds [4 x i32], [4 x i32]* %8, i64 0, i64 0
  %57 = call i32 @sum1(i32* noundef %56, i32 noundef 4)
  %58 = load i32, i32* getelementptr inbounds ([2 x [2 x i32]], [2 x [2 x i32]]* @gc, i64 0, i64 0, i64 1), align 4
  %59 = add nsw i32 %57, %58
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
