; ModuleID = 'func_shadowing_const_blocks.sy'
source_filename = "func_shadowing_const_blocks.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@N = dso_local constant i32 4, align 4
@value = dso_local global i32 100, align 4
@sizes = dso_local global [4 x i32] [i32 4, i32 8, i32 12, i32 0], align 16
@__const.main.outer = private unnamed_addr constant [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 16
@__const.main.inner = private unnamed_addr constant [2 x i32] [i32 10, i32 20], align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @scale(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca [3 x i32], align 4
  store i32 %0, i32* %3, align 4
  store i32 %1, i32* %4, align 4
  %9 = load i32, i32* %3, align 4
  %10 = load i32, i32* %4, align 4
  %11 = mul nsw i32 %9, %10
  store i32 %11, i32* %5, align 4
  %12 = load i32, i32* %5, align 4
  %13 = add nsw i32 %12, 1
  store i32 %13, i32* %6, align 4
  %14 = load i32, i32* %6, align 4
  store i32 %14, i32* %5, align 4
  store i32 3, i32* %7, align 4
  %15 = getelementptr inbounds [3 x i32], [3 x i32]* %8, i64 0, i64 0
  %16 = load i32, i32* %6, align 4
  store i32 %16, i32* %15, align 4
  %17 = getelementptr inbounds i32, i32* %15, i64 1
  %18 = load i32, i32* %6, align 4
  %19 = mul nsw i32 %18, 2
  store i32 %19, i32* %17, align 4
  %20 = getelementptr inbounds i32, i32* %17, i64 1
  %21 = load i32, i32* %6, align 4
  %22 = mul nsw i32 %21, 3
  store i32 %22, i32* %20, align 4
  %23 = load i32, i32* %5, align 4
  %24 = getelementptr inbounds [3 x i32], [3 x i32]* %8, i64 0, i64 2
  %25 = load i32, i32* %24, align 4
  %26 = add nsw i32 %23, %25
  store i32 %26, i32* %5, align 4
  %27 = load i32, i32* %5, align 4
  %28 = load i32, i32* %3, align 4
  %29 = add nsw i32 %27, %28
  ret i32 %29
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca [4 x i32], align 16
  %4 = alloca i32, align 4
  %5 = alloca [2 x i32], align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca [10 x i32], align 16
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 0, i32* %2, align 4
  %14 = bitcast [4 x i32]* %3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %14, i8* align 16 bitcast ([4 x i32]* @__const.main.outer to i8*), i64 16, i1 false)
  store i32 2, i32* %4, align 4
  %15 = bitcast [2 x i32]* %5 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %15, i8* align 4 bitcast ([2 x i32]* @__const.main.inner to i8*), i64 8, i1 false)
  %16 = getelementptr inbounds [2 x i32], [2 x i32]* %5, i64 0, i64 0
  %17 = load i32, i32* %16, align 4
  %18 = getelementptr inbounds [2 x i32], [2 x i32]* %5, i64 0, i64 1
  %19 = load i32, i32* %18, align 4
  %20 = add nsw i32 %17, %19
  store i32 %20, i32* %6, align 4
  call void @putint(i32 noundef 2)
  call void @putch(i32 noundef 32)
  %21 = load i32, i32* %6, align 4
  call void @putint(i32 noundef %21)
  call void @putch(i32 noundef 32)
  store i32 7, i32* %7, align 4
  %22 = load i32, i32* %7, align 4
  %23 = mul nsw i32 %22, 3
  store i32 %23, i32* %8, align 4
  %24 = load i32, i32* %2, align 4
  %25 = load i32, i32* %8, align 4
  %26 = add nsw i32 %24, %25
  store i32 %26, i32* %2, align 4
  %27 = load i32, i32* %8, align 4
  call void @putint(i32 noundef %27)
  call void @putch(i32 noundef 32)
  store i32 10, i32* %9, align 4
  %28 = bitcast [10 x i32]* %10 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 16 %28, i8 0, i64 40, i1 false)
  %29 = getelementptr inbounds [10 x i32], [10 x i32]* %10, i64 0, i64 9
  store i32 10, i32* %29, align 4
  %30 = load i32, i32* %2, align 4
  %31 = getelementptr inbounds [10 x i32], [10 x i32]* %10, i64 0, i64 9
  %32 = load i32, i32* %31, align 4
  %33 = add nsw i32 %30, %32
  %34 = load i32, i32* %6, align 4
  %35 = add nsw i32 %33, %34
  store i32 %35, i32* %2, align 4
  %36 = getelementptr inbounds [10 x i32], [10 x i32]* %10, i64 0, i64 0
  call void @putarray(i32 noundef 10, i32* noundef %36)
  call void @putint(i32 noundef 4)
  call void @putch(i32 noundef 32)
  %37 = load i32, i32* @value, align 4
  call void @putint(i32 noundef %37)
  call void @putch(i32 noundef 10)
  %38 = getelementptr inbounds [4 x i32], [4 x i32]* %3, i64 0, i64 0
  call void @putarray(i32 noundef 4, i32* noundef %38)
  call void @putarray(i32 noundef 4, i32* noundef getelementptr inbounds ([4 x i32], [4 x i32]* @sizes, i64 0, i64 0))
  store i32 0, i32* %11, align 4
  br label %39

39:                                               ; preds = %42, %0
  %40 = load i32, i32* %11, align 4
  %41 = icmp slt i32 %40, 4
  br i1 %41, label %42, label %57

42:                                               ; preds = %39
  %43 = load i32, i32* %11, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, i32* %12, align 4
  %45 = load i32, i32* %12, align 4
  %46 = load i32, i32* %11, align 4
  %47 = call i32 @scale(i32 noundef %45, i32 noundef %46)
  store i32 %47, i32* %13, align 4
  %48 = load i32, i32* %13, align 4
  %49 = load i32, i32* %11, align 4
  %50 = sext i32 %49 to i64
  %51 = getelementptr inbounds [4 x i32], [4 x i32]* %3, i64 0, i64 %50
  store i32 %48, i32* %51, align 4
  %52 = load i32, i32* %2, align 4
  %53 = load i32, i32* %13, align 4
  %54 = add nsw i32 %52, %53
  store i32 %54, i32* %2, align 4
  %55 = load i32, i32* %11, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, i32* %11, align 4
  br label %39, !llvm.loop !6

57:                                               ; preds = %39
  %58 = getelementptr inbounds [4 x i32], [4 x i32]* %3, i64 0, i64 0
  call void @putarray(i32 noundef 4, i32* noundef %58)
  %59 = load i32, i32* @value, align 4
  %60 = load i32, i32* %2, align 4
  %61 = add nsw i32 %59, %60
  store i32 %61, i32* @value, align 4
  %62 = load i32, i32* @value, align 4
  call void @putint(i32 noundef %62)
  call void @putch(i32 noundef 10)
  %63 = load i32, i32* @value, align 4
  %64 = srem i32 %63, 256
  ret i32 %64
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #1

declare void @putint(i32 noundef) #2

declare void @putch(i32 noundef) #2

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #3

declare void @putarray(i32 noundef, i32* noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly nofree nounwind willreturn }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { argmemonly nofree nounwind willreturn writeonly }

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
