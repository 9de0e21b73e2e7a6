; ModuleID = 'parse_deep_nesting_blocks.sy'
source_filename = "parse_deep_nesting_blocks.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@depth_reached = dso_local local_unnamed_addr global i32 0, align 4

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local i32 @nested_ifs(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, -1
  %3 = load i32, i32* @depth_reached, align 4, !tbaa !5
  br i1 %2, label %4, label %6

4:                                                ; preds = %1
  %5 = add nsw i32 %3, 1
  store i32 %5, i32* @depth_reached, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %1, %4
  %7 = phi i32 [ %5, %4 ], [ %3, %1 ]
  ret i32 %7
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @nested_whiles(i32 noundef %0) local_unnamed_addr #1 {
  %2 = icmp sgt i32 %0, 0
  %3 = mul i32 %0, %0
  %4 = mul i32 %3, %3
  %5 = mul i32 %4, %4
  %6 = select i1 %2, i32 %5, i32 0
  ret i32 %6
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  tail call void @putint(i32 noundef 39) #4
  tail call void @putch(i32 noundef 10) #4
  store i32 39, i32* @depth_reached, align 4, !tbaa !5
  tail call void @putint(i32 noundef 0) #4
  tail call void @putch(i32 noundef 10) #4
  %1 = load i32, i32* @depth_reached, align 4, !tbaa !5
  %2 = add nsw i32 %1, 1
  store i32 %2, i32* @depth_reached, align 4, !tbaa !5
  tail call void @putint(i32 noundef %2) #4
  tail call void @putch(i32 noundef 10) #4
  %3 = load i32, i32* @depth_reached, align 4, !tbaa !5
  tail call void @putint(i32 noundef %3) #4
  tail call void @putch(i32 noundef 10) #4
  tail call void @putint(i32 noundef 256) #4
  tail call void @putch(i32 noundef 10) #4
  br label %4

4:                                                ; preds = %0, %10
  %5 = phi i32 [ %12, %10 ], [ 0, %0 ]
  %6 = and i32 %5, 1
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %10, label %8

8:                                                ; preds = %4
  %9 = icmp ugt i32 %5, 50
  br i1 %9, label %14, label %10

10:                                               ; preds = %8, %4
  %11 = phi i32 [ 3, %4 ], [ 7, %8 ]
  %12 = add nuw nsw i32 %5, %11
  %13 = icmp ult i32 %12, 100
  br i1 %13, label %4, label %14, !llvm.loop !9

14:                                               ; preds = %10, %8
  %15 = phi i32 [ %12, %10 ], [ %5, %8 ]
  %16 = add nsw i32 %15, -40
  %17 = icmp ult i32 %16, 100
  br i1 %17, label %18, label %28

18:                                               ; preds = %14, %24
  %19 = phi i32 [ %26, %24 ], [ %16, %14 ]
  %20 = and i32 %19, 1
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %24, label %22

22:                                               ; preds = %18
  %23 = icmp sgt i32 %19, 50
  br i1 %23, label %28, label %24

24:                                               ; preds = %18, %22
  %25 = phi i32 [ 7, %22 ], [ 3, %18 ]
  %26 = add nsw i32 %19, %25
  %27 = icmp slt i32 %26, 100
  br i1 %27, label %18, label %28, !llvm.loop !9

28:                                               ; preds = %22, %24, %14
  %29 = phi i32 [ %16, %14 ], [ %19, %22 ], [ %26, %24 ]
  tail call void @putint(i32 noundef %29) #4
  tail call void @putch(i32 noundef 10) #4
  %30 = load i32, i32* @depth_reached, align 4, !tbaa !5
  %31 = add nsw i32 %30, %29
  ret i32 %31
}

declare void @putint(i32 noundef) local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
