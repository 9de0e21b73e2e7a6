; ModuleID = 'lex_keyword_like_identifiers.sy'
source_filename = "lex_keyword_like_identifiers.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@int1 = dso_local local_unnamed_addr global i32 1, align 4
@intx = dso_local local_unnamed_addr global i32 2, align 4
@floaty = dso_local local_unnamed_addr global float 2.500000e+00, align 4
@voidness = dso_local local_unnamed_addr global i32 3, align 4
@constant = dso_local local_unnamed_addr global i32 4, align 4
@whilex = dso_local local_unnamed_addr global i32 5, align 4
@if_ = dso_local local_unnamed_addr global i32 6, align 4
@_else = dso_local local_unnamed_addr global i32 7, align 4
@breakpoint = dso_local local_unnamed_addr global i32 8, align 4
@continued = dso_local local_unnamed_addr global i32 9, align 4
@returned = dso_local local_unnamed_addr global i32 10, align 4
@Int = dso_local local_unnamed_addr global i32 11, align 4
@WHILE = dso_local local_unnamed_addr global i32 12, align 4
@iff = dso_local local_unnamed_addr global i32 13, align 4
@elsewhere = dso_local local_unnamed_addr global i32 14, align 4
@getint2 = dso_local local_unnamed_addr global i32 15, align 4
@main_value = dso_local local_unnamed_addr global i32 16, align 4
@For = dso_local local_unnamed_addr global i32 17, align 4
@do_ = dso_local local_unnamed_addr global i32 18, align 4
@switch1 = dso_local local_unnamed_addr global i32 19, align 4
@char_ = dso_local local_unnamed_addr global i32 20, align 4
@long_ = dso_local local_unnamed_addr global i32 21, align 4

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @ifelse(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %49

3:                                                ; preds = %1
  %4 = add i32 %0, -1
  %5 = and i32 %0, 3
  %6 = icmp ult i32 %4, 3
  br i1 %6, label %33, label %7

7:                                                ; preds = %3
  %8 = and i32 %0, -4
  %9 = and i32 %0, 1
  %10 = xor i32 %9, 1
  %11 = icmp eq i32 %9, 0
  %12 = icmp eq i32 %10, 0
  %13 = icmp eq i32 %9, 0
  %14 = icmp eq i32 %10, 0
  br label %15

15:                                               ; preds = %15, %7
  %16 = phi i32 [ 0, %7 ], [ %29, %15 ]
  %17 = phi i32 [ %0, %7 ], [ %30, %15 ]
  %18 = phi i32 [ 0, %7 ], [ %31, %15 ]
  %19 = select i1 %11, i32 -1, i32 %17
  %20 = add nsw i32 %19, %16
  %21 = add nsw i32 %17, -1
  %22 = select i1 %12, i32 -1, i32 %21
  %23 = add nsw i32 %22, %20
  %24 = add nsw i32 %17, -2
  %25 = select i1 %13, i32 -1, i32 %24
  %26 = add nsw i32 %25, %23
  %27 = add nsw i32 %17, -3
  %28 = select i1 %14, i32 -1, i32 %27
  %29 = add nsw i32 %28, %26
  %30 = add nsw i32 %17, -4
  %31 = add i32 %18, 4
  %32 = icmp eq i32 %31, %8
  br i1 %32, label %33, label %15, !llvm.loop !5

33:                                               ; preds = %15, %3
  %34 = phi i32 [ undef, %3 ], [ %29, %15 ]
  %35 = phi i32 [ 0, %3 ], [ %29, %15 ]
  %36 = phi i32 [ %0, %3 ], [ %30, %15 ]
  %37 = icmp eq i32 %5, 0
  br i1 %37, label %49, label %38

38:                                               ; preds = %33, %38
  %39 = phi i32 [ %45, %38 ], [ %35, %33 ]
  %40 = phi i32 [ %46, %38 ], [ %36, %33 ]
  %41 = phi i32 [ %47, %38 ], [ 0, %33 ]
  %42 = and i32 %40, 1
  %43 = icmp eq i32 %42, 0
  %44 = select i1 %43, i32 -1, i32 %40
  %45 = add nsw i32 %44, %39
  %46 = add nsw i32 %40, -1
  %47 = add i32 %41, 1
  %48 = icmp eq i32 %47, %5
  br i1 %48, label %49, label %38, !llvm.loop !7

49:                                               ; preds = %33, %38, %1
  %50 = phi i32 [ 0, %1 ], [ %34, %33 ], [ %45, %38 ]
  ret i32 %50
}

; Function Attrs: nounwind uwtable
define dso_local void @voidfn(i32 noundef %0) local_unnamed_addr #1 {
  tail call void @putint(i32 noundef %0) #3
  tail call void @putch(i32 noundef 10) #3
  ret void
}

declare void @putint(i32 noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = load i32, i32* @int1, align 4, !tbaa !9
  %2 = load i32, i32* @intx, align 4, !tbaa !9
  %3 = add nsw i32 %2, %1
  %4 = load i32, i32* @voidness, align 4, !tbaa !9
  %5 = add nsw i32 %3, %4
  %6 = load i32, i32* @constant, align 4, !tbaa !9
  %7 = add nsw i32 %5, %6
  %8 = load i32, i32* @whilex, align 4, !tbaa !9
  %9 = add nsw i32 %7, %8
  %10 = load i32, i32* @if_, align 4, !tbaa !9
  %11 = add nsw i32 %9, %10
  %12 = load i32, i32* @_else, align 4, !tbaa !9
  %13 = add nsw i32 %11, %12
  %14 = load i32, i32* @breakpoint, align 4, !tbaa !9
  %15 = add nsw i32 %13, %14
  %16 = load i32, i32* @continued, align 4, !tbaa !9
  %17 = add nsw i32 %15, %16
  %18 = load i32, i32* @returned, align 4, !tbaa !9
  %19 = add nsw i32 %17, %18
  %20 = load i32, i32* @Int, align 4, !tbaa !9
  %21 = add nsw i32 %19, %20
  %22 = load i32, i32* @WHILE, align 4, !tbaa !9
  %23 = add nsw i32 %21, %22
  %24 = load i32, i32* @iff, align 4, !tbaa !9
  %25 = add nsw i32 %23, %24
  %26 = load i32, i32* @elsewhere, align 4, !tbaa !9
  %27 = add nsw i32 %25, %26
  %28 = load i32, i32* @getint2, align 4, !tbaa !9
  %29 = add nsw i32 %27, %28
  %30 = load i32, i32* @main_value, align 4, !tbaa !9
  %31 = add nsw i32 %29, %30
  %32 = load i32, i32* @For, align 4, !tbaa !9
  %33 = add nsw i32 %31, %32
  %34 = load i32, i32* @do_, align 4, !tbaa !9
  %35 = add nsw i32 %33, %34
  %36 = load i32, i32* @switch1, align 4, !tbaa !9
  %37 = add nsw i32 %35, %36
  %38 = load i32, i32* @char_, align 4, !tbaa !9
  %39 = add nsw i32 %37, %38
  %40 = load i32, i32* @long_, align 4, !tbaa !9
  %41 = add nsw i32 %39, %40
  tail call void @putint(i32 noundef %41) #3
  tail call void @putch(i32 noundef 10) #3
  %42 = load float, float* @floaty, align 4, !tbaa !13
  %43 = fmul float %42, 2.000000e+00
  tail call void @putfloat(float noundef %43) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putint(i32 noundef 21) #3
  tail call void @putch(i32 noundef 10) #3
  br label %44

44:                                               ; preds = %0, %54
  %45 = phi i32 [ 0, %0 ], [ %55, %54 ]
  %46 = phi i32 [ 0, %0 ], [ %51, %54 ]
  br label %49

47:                                               ; preds = %49
  %48 = icmp slt i32 %50, 9
  br i1 %48, label %49, label %59, !llvm.loop !15

49:                                               ; preds = %44, %47
  %50 = phi i32 [ %51, %47 ], [ %46, %44 ]
  %51 = add nsw i32 %50, 1
  %52 = srem i32 %51, 3
  %53 = icmp eq i32 %52, 0
  br i1 %53, label %47, label %54

54:                                               ; preds = %49
  %55 = add nsw i32 %51, %45
  %56 = icmp slt i32 %55, 21
  %57 = icmp slt i32 %50, 9
  %58 = and i1 %56, %57
  br i1 %58, label %44, label %59, !llvm.loop !15

59:                                               ; preds = %54, %47
  %60 = phi i32 [ %45, %47 ], [ %55, %54 ]
  %61 = load i32, i32* @int1, align 4, !tbaa !9
  %62 = add nsw i32 %61, %60
  tail call void @putint(i32 noundef %62) #3
  tail call void @putch(i32 noundef 10) #3
  %63 = add nsw i32 %41, 21
  %64 = add nsw i32 %63, %60
  ret i32 %64
}

declare void @putfloat(float noundef) local_unnamed_addr #2

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
!7 = distinct !{!7, !8}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = !{!14, !14, i64 0}
!14 = !{!"float", !11, i64 0}
!15 = distinct !{!15, !6}
