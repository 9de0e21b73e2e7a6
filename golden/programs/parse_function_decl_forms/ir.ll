; ModuleID = 'parse_function_decl_forms.sy'
source_filename = "parse_function_decl_forms.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.arr = private unnamed_addr constant [4 x i32] [i32 5, i32 6, i32 7, i32 8], align 16
@__const.main.mat = private unnamed_addr constant [2 x [3 x i32]] [[3 x i32] [i32 1, i32 2, i32 3], [3 x i32] [i32 4, i32 5, i32 6]], align 16
@__const.main.cube = private unnamed_addr constant [2 x [2 x [2 x i32]]] [[2 x [2 x i32]] [[2 x i32] [i32 1, i32 2], [2 x i32] [i32 3, i32 4]], [2 x [2 x i32]] [[2 x i32] [i32 5, i32 6], [2 x i32] [i32 7, i32 8]]], align 16
@__const.main.fv = private unnamed_addr constant [3 x float] [float 1.000000e+00, float 2.500000e+00, float 4.000000e+00], align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @zero() #0 {
  ret i32 0
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @nop() #0 {
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @fone() #0 {
  ret float 1.000000e+00
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @id(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  %3 = load i32, i32* %2, align 4
  ret i32 %3
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @fid(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, float* %2, align 4
  %3 = load float, float* %2, align 4
  ret float %3
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @add3(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, i32* %4, align 4
  store i32 %1, i32* %5, align 4
  store i32 %2, i32* %6, align 4
  %7 = load i32, i32* %4, align 4
  %8 = load i32, i32* %5, align 4
  %9 = add nsw i32 %7, %8
  %10 = load i32, i32* %6, align 4
  %11 = add nsw i32 %9, %10
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @first(i32* noundef %0) #0 {
  %2 = alloca i32*, align 8
  store i32* %0, i32** %2, align 8
  %3 = load i32*, i32** %2, align 8
  %4 = getelementptr inbounds i32, i32* %3, i64 0
  %5 = load i32, i32* %4, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @corner([3 x i32]* noundef %0) #0 {
  %2 = alloca [3 x i32]*, align 8
  store [3 x i32]* %0, [3 x i32]** %2, align 8
  %3 = load [3 x i32]*, [3 x i32]** %2, align 8
  %4 = getelementptr inbounds [3 x i32], [3 x i32]* %3, i64 1
  %5 = getelementptr inbounds [3 x i32], [3 x i32]* %4, i64 0, i64 2
  %6 = load i32, i32* %5, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @deep3([2 x [2 x i32]]* noundef %0) #0 {
  %2 = alloca [2 x [2 x i32]]*, align 8
  store [2 x [2 x i32]]* %0, [2 x [2 x i32]]** %2, align 8
  %3 = load [2 x [2 x i32]]*, [2 x [2 x i32]]** %2, align 8
  %4 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %3, i64 1
  %5 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %4, i64 0, i64 1
  %6 = getelementptr inbounds [2 x i32], [2 x i32]* %5, i64 0, i64 1
  %7 = load i32, i32* %6, align 4
  %8 = load [2 x [2 x i32]]*, [2 x [2 x i32]]** %2, align 8
  %9 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %8, i64 0
  %10 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %9, i64 0, i64 0
  %11 = getelementptr inbounds [2 x i32], [2 x i32]* %10, i64 0, i64 0
  %12 = load i32, i32* %11, align 4
  %13 = add nsw i32 %7, %12
  ret i32 %13
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @favg(float* noundef %0, i32 noundef %1) #0 {
  %3 = alloca float*, align 8
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  %6 = alloca i32, align 4
  store float* %0, float** %3, align 8
  store i32 %1, i32* %4, align 4
  store float 0.000000e+00, float* %5, align 4
  store i32 0, i32* %6, align 4
  br label %7

7:                                                ; preds = %11, %2
  %8 = load i32, i32* %6, align 4
  %9 = load i32, i32* %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %21

11:                                               ; preds = %7
  %12 = load float, float* %5, align 4
  %13 = load float*, float** %3, align 8
  %14 = load i32, i32* %6, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds float, float* %13, i64 %15
  %17 = load float, float* %16, align 4
  %18 = fadd float %12, %17
  store float %18, float* %5, align 4
  %19 = load i32, i32* %6, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, i32* %6, align 4
  br label %7, !llvm.loop !6

21:                                               ; preds = %7
  %22 = load float, float* %5, align 4
  %23 = load i32, i32* %4, align 4
  %24 = sitofp i32 %23 to float
  %25 = fdiv float %22, %24
  ret float %25
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @row_total(i32* noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32*, align 8
  %5 = alloca i32, align 4
  store i32* %0, i32** %4, align 8
  store i32 %1, i32* %5, align 4
  %6 = load i32, i32* %5, align 4
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %9

8:                                                ; preds = %2
  store i32 0, i32* %3, align 4
  br label %21

9:                                                ; preds = %2
  %10 = load i32*, i32** %4, align 8
  %11 = load i32, i32* %5, align 4
  %12 = sub nsw i32 %11, 1
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds i32, i32* %10, i64 %13
  %15 = load i32, i32* %14, align 4
  %16 = load i32*, i32** %4, align 8
  %17 = load i32, i32* %5, align 4
  %18 = sub nsw i32 %17, 1
  %19 = call i32 @row_total(i32* noundef %16, i32 noundef %18)
  %20 = add nsw i32 %15, %19
  store i32 %20, i32* %3, align 4
  br label %21

21:                                               ; preds = %9, %8
  %22 = load i32, i32* %3, align 4
  ret i32 %22
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @set_all(i32* noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32*, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32* %0, i32** %4, align 8
  store i32 %1, i32* %5, align 4
  store i32 %2, i32* %6, align 4
  store i32 0, i32* %7, align 4
  br label %8

8:                                                ; preds = %12, %3
  %9 = load i32, i32* %7, align 4
  %10 = load i32, i32* %5, align 4
  %11 = icmp slt i32 %9, %10
  br i1 %11, label %12, label %20

12:                                               ; preds = %8
  %13 = load i32, i32* %6, align 4
  %14 = load i32*, i32** %4, align 8
  %15 = load i32, i32* %7, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds i32, i32* %14, i64 %16
  store i32 %13, i32* %17, align 4
  %18 = load i32, i32* %7, align 4
  %19 = add nsw i32 %18, 1
  store i32 %19, i32* %7, align 4
  br label %8, !llvm.loop !8

20:                                               ; preds = %8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x i32], align 16
  %3 = alloca [2 x [3 x i32]], align 16
  %4 = alloca [2 x [2 x [2 x i32]]], align 16
  %5 = alloca [3 x float], align 4
  %6 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  call void @nop()
  %7 = bitcast [4 x i32]* %2 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %7, i8* align 16 bitcast ([4 x i32]* @__const.main.arr to i8*), i64 16, i1 false)
  %8 = bitcast [2 x [3 x i32]]* %3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %8, i8* align 16 bitcast ([2 x [3 x i32]]* @__const.main.mat to i8*), i64 24, i1 false)
  %9 = bitcast [2 x [2 x [2 x i32]]]* %4 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %9, i8* align 16 bitcast ([2 x [2 x [2 x i32]]]* @__const.main.cube to i8*), i64 32, i1 false)
  %10 = bitcast [3 x float]* %5 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %10, i8* align 4 bitcast ([3 x float]* @__const.main.fv to i8*), i64 12, i1 false)
  %11 = call i32 @zero()
  %12 = call i32 @id(i32 noundef %11)
  %13 = call i32 @id(i32 noundef 3)
  %14 = call i32 @id(i32 noundef %13)
  %15 = call i32 @id(i32 noundef %14)
  %16 = getelementptr inbounds [4 x i32], [4 x i32]* %2, i64 0, i64 0
  %17 = call i32 @first(i32* noundef %16)
  %18 = getelementptr inbounds [2 x [3 x i32]], [2 x [3 x i32]]* %3, i64 0, i64 0
  %19 = call i32 @corner([3 x i32]* noundef %18)
  %20 = getelementptr inbounds [2 x [2 x [2 x i32]]], [2 x [2 x [2 x i32]]]* %4, i64 0, i64 0
  %21 = call i32 @deep3([2 x [2 x i32]]* noundef %20)
  %22 = call i32 @add3(i32 noundef %17, i32 noundef %19, i32 noundef %21)
  %23 = call i32 @add3(i32 noundef %12, i32 noundef %15, i32 noundef %22)
  store i32 %23, i32* %6, align 4
  %24 = load i32, i32* %6, align 4
  call void @putint(i32 noundef %24)
  call void @putch(i32 noundef 10)
  %25 = call float @fone()
  %26 = call float @fid(float noundef %25)
  %27 = getelementptr inbounds [3 x float], [3 x float]* %5, i64 0, i64 0
  %28 = call float @favg(float* noundef %27, i32 noundef 3)
  %29 = fadd float %26, %28
  %30 = call float @fid(float noundef %29)
  call void @putfloat(float noundef %30)
  call void @putch(i32 noundef 10)
  %31 = getelementptr inbounds [4 x i32], [4 x i32]* %2, i64 0, i64 0
  %32 = call i32 @row_total(i32* noundef %31, i32 noundef 4)
  %33 = getelementptr inbounds [2 x [3 x i32]], [2 x [3 x i32]]* %3, i64 0, i64 1
  %34 = getelementptr inbounds [3 x i32], [3 x i32]* %33, i64 0, i64 0
  %35 = call i32 @row_total(i32* noundef %34, i32 noundef 3)
  %36 = add nsw i32 %32, %35
  call void @putint(i32 noundef %36)
  call void @putch(i32 noundef 10)
  %37 = getelementptr inbounds [2 x [3 x i32]], [2 x [3 x i32]]* %3, i64 0, i64 0
  %38 = getelementptr inbounds [3 x i32], [3 x i32]* %37, i64 0, i64 0
  call void @set_all(i32* noundef %38, i32 noundef 3, i32 noundef 9)
  %39 = getelementptr inbounds [2 x [3 x i32]], [2 x [3 x i32]]* %3, i64 0, i64 0
  %40 = call i32 @corner([3 x i32]* noundef %39)
  %41 = getelementptr inbounds [2 x [3 x i32]], [2 x [3 x i32]]* %3, i64 0, i64 0
  %42 = getelementptr inbounds [3 x i32], [3 x i32]* %41, i64 0, i64 0
  %43 = call i32 @first(i32* noundef %42)
  %44 = add nsw i32 %40, %43
  call void @putint(i32 noundef %44)
  call void @putch(i32 noundef 10)
  %45 = getelementptr inbounds [2 x [2 x [2 x i32]]], [2 x [2 x [2 x i32]]]* %4, i64 0, i64 1
  %46 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %45, i64 0, i64 0
  %47 = getelementptr inbounds [2 x i32], [2 x i32]* %46, i64 0, i64 0
  %48 = call i32 @first(i32* noundef %47)
  call void @putint(i32 noundef %48)
  call void @putch(i32 noundef 10)
  %49 = load i32, i32* %6, align 4
  %50 = getelementptr inbounds [2 x [3 x i32]], [2 x [3 x i32]]* %3, i64 0, i64 0
  %51 = getelementptr inbounds [3 x i32], [3 x i32]* %50, i64 0, i64 0
  %52 = call i32 @row_total(i32* noundef %51, i32 noundef 3)
  %53 = call i32 @zero()
  %54 = call i32 @add3(i32 noundef %49, i32 noundef %52, i32 noundef %53)
  ret i32 %54
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #1

declare void @putint(i32 noundef) #2

declare void @putch(i32 noundef) #2

declare void @putfloat(float noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly nofree nounwind willreturn }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
