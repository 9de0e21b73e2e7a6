	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_hanoi_moves.sy"
	.globl	move_disk                       # -- Begin function move_disk
	.p2align	1
	.type	move_disk,@function
move_disk:                              # @move_disk
# %bb.0:
	slli	a2, a0, 2
.LBB0_3:                                # Label of block must be emitted
	auipc	a3, %pcrel_hi(pegs)
	addi	a3, a3, %pcrel_lo(.LBB0_3)
	add	a2, a2, a3
	lw	a4, 0(a2)
	addiw	a4, a4, -1
	sw	a4, 0(a2)
	slli	a2, a1, 2
	add	a4, a3, a2
	lw	a5, 0(a4)
.LBB0_4:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(moves)
	addi	a2, a2, %pcrel_lo(.LBB0_4)
	lw	a3, 0(a2)
	addiw	a5, a5, 1
	li	a6, 15
	sw	a5, 0(a4)
	blt	a6, a3, .LBB0_2
# %bb.1:
	slli	a4, a3, 2
.LBB0_5:                                # Label of block must be emitted
	auipc	a5, %pcrel_hi(log_from)
	addi	a5, a5, %pcrel_lo(.LBB0_5)
	add	a5, a5, a4
	sw	a0, 0(a5)
.LBB0_6:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(log_to)
	addi	a0, a0, %pcrel_lo(.LBB0_6)
	add	a0, a0, a4
	sw	a1, 0(a0)
.LBB0_2:
	addiw	a0, a3, 1
	sw	a0, 0(a2)
	ret
.Lfunc_end0:
	.size	move_disk, .Lfunc_end0-move_disk
                                        # -- End function
	.globl	hanoi                           # -- Begin function hanoi
	.p2align	1
	.type	hanoi,@function
hanoi:                                  # @hanoi
# %bb.0:
	addi	sp, sp, -96
	sd	ra, 88(sp)                      # 8-byte Folded Spill
	sd	s0, 80(sp)                      # 8-byte Folded Spill
	sd	s1, 72(sp)                      # 8-byte Folded Spill
	sd	s2, 64(sp)                      # 8-byte Folded Spill
	sd	s3, 56(sp)                      # 8-byte Folded Spill
	sd	s4, 48(sp)                      # 8-byte Folded Spill
	sd	s5, 40(sp)                      # 8-byte Folded Spill
	sd	s6, 32(sp)                      # 8-byte Folded Spill
	sd	s7, 24(sp)                      # 8-byte Folded Spill
	sd	s8, 16(sp)                      # 8-byte Folded Spill
	sd	s9, 8(sp)                       # 8-byte Folded Spill
	sd	s10, 0(sp)                      # 8-byte Folded Spill
	beqz	a0, .LBB1_5
# %bb.1:
	mv	s2, a2
	mv	s1, a1
	mv	s3, a0
	slli	a0, a2, 2
.LBB1_6:                                # Label of block must be emitted
	auipc	s4, %pcrel_hi(pegs)
	addi	s4, s4, %pcrel_lo(.LBB1_6)
	add	s5, s4, a0
.LBB1_7:                                # Label of block must be emitted
	auipc	s6, %pcrel_hi(moves)
	addi	s6, s6, %pcrel_lo(.LBB1_7)
	li	s7, 15
.LBB1_8:                                # Label of block must be emitted
	auipc	s8, %pcrel_hi(log_from)
	addi	s8, s8, %pcrel_lo(.LBB1_8)
.LBB1_9:                                # Label of block must be emitted
	auipc	s9, %pcrel_hi(log_to)
	addi	s9, s9, %pcrel_lo(.LBB1_9)
	j	.LBB1_3
.LBB1_2:                                #   in Loop: Header=BB1_3 Depth=1
	addiw	a0, a0, 1
	sw	a0, 0(s6)
	mv	a3, s1
	mv	s1, s10
	beqz	s3, .LBB1_5
.LBB1_3:                                # =>This Inner Loop Header: Depth=1
	mv	s10, a3
	addiw	s3, s3, -1
	sext.w	s0, s1
	sext.w	a2, a3
	mv	a0, s3
	mv	a1, s0
	mv	a3, s2
	call	hanoi
	slli	a0, s0, 2
	add	a0, a0, s4
	lw	a1, 0(a0)
	addiw	a1, a1, -1
	sw	a1, 0(a0)
	lw	a1, 0(s5)
	lw	a0, 0(s6)
	addiw	a1, a1, 1
	sw	a1, 0(s5)
	blt	s7, a0, .LBB1_2
# %bb.4:                                #   in Loop: Header=BB1_3 Depth=1
	slli	a1, a0, 2
	add	a2, s8, a1
	sw	s1, 0(a2)
	add	a1, a1, s9
	sw	s2, 0(a1)
	j	.LBB1_2
.LBB1_5:
	ld	ra, 88(sp)                      # 8-byte Folded Reload
	ld	s0, 80(sp)                      # 8-byte Folded Reload
	ld	s1, 72(sp)                      # 8-byte Folded Reload
	ld	s2, 64(sp)                      # 8-byte Folded Reload
	ld	s3, 56(sp)                      # 8-byte Folded Reload
	ld	s4, 48(sp)                      # 8-byte Folded Reload
	ld	s5, 40(sp)                      # 8-byte Folded Reload
	ld	s6, 32(sp)                      # 8-byte Folded Reload
	ld	s7, 24(sp)                      # 8-byte Folded Reload
	ld	s8, 16(sp)                      # 8-byte Folded Reload
	ld	s9, 8(sp)                       # 8-byte Folded Reload
	ld	s10, 0(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 96
	ret
.Lfunc_end1:
	.size	hanoi, .Lfunc_end1-hanoi
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -64
	sd	ra, 56(sp)                      # 8-byte Folded Spill
	sd	s0, 48(sp)                      # 8-byte Folded Spill
	sd	s1, 40(sp)                      # 8-byte Folded Spill
	sd	s2, 32(sp)                      # 8-byte Folded Spill
	sd	s3, 24(sp)                      # 8-byte Folded Spill
	sd	s4, 16(sp)                      # 8-byte Folded Spill
	sd	s5, 8(sp)                       # 8-byte Folded Spill
	call	getint@plt
	mv	s2, a0
.LBB2_4:                                # Label of block must be emitted
	auipc	s3, %pcrel_hi(pegs)
	addi	s3, s3, %pcrel_lo(.LBB2_4)
	sw	a0, 0(s3)
	li	a2, 2
	li	a3, 1
	li	a1, 0
	call	hanoi
.LBB2_5:                                # Label of block must be emitted
	auipc	s4, %pcrel_hi(moves)
	addi	s4, s4, %pcrel_lo(.LBB2_5)
	lw	a0, 0(s4)
	blez	a0, .LBB2_3
# %bb.1:
	li	s5, 0
.LBB2_6:                                # Label of block must be emitted
	auipc	s1, %pcrel_hi(log_to)
	addi	s1, s1, %pcrel_lo(.LBB2_6)
.LBB2_7:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(log_from)
	addi	s0, s0, %pcrel_lo(.LBB2_7)
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	lw	a0, 0(s0)
	addiw	a0, a0, 65
	call	putch@plt
	li	a0, 62
	call	putch@plt
	lw	a0, 0(s1)
	addiw	a0, a0, 65
	call	putch@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 0(s4)
	sltiu	a1, s5, 15
	addi	s5, s5, 1
	slt	a0, s5, a0
	and	a0, a0, a1
	addi	s1, s1, 4
	addi	s0, s0, 4
	bnez	a0, .LBB2_2
.LBB2_3:
	li	a0, 10
	call	putch@plt
	lw	a2, 0(s4)
	lw	a3, 0(s3)
	lw	a4, 4(s3)
	lw	a5, 8(s3)
.LBB2_8:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB2_8)
	mv	a1, s2
	call	putf@plt
	lw	a0, 0(s4)
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
	ld	ra, 56(sp)                      # 8-byte Folded Reload
	ld	s0, 48(sp)                      # 8-byte Folded Reload
	ld	s1, 40(sp)                      # 8-byte Folded Reload
	ld	s2, 32(sp)                      # 8-byte Folded Reload
	ld	s3, 24(sp)                      # 8-byte Folded Reload
	ld	s4, 16(sp)                      # 8-byte Folded Reload
	ld	s5, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 64
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	moves,@object                   # @moves
	.section	.sbss,"aw",@nobits
	.globl	moves
	.p2align	2
moves:
	.word	0                               # 0x0
	.size	moves, 4

	.type	pegs,@object                    # @pegs
	.bss
	.globl	pegs
	.p2align	2
pegs:
	.zero	12
	.size	pegs, 12

	.type	log_from,@object                # @log_from
	.globl	log_from
	.p2align	2
log_from:
	.zero	64
	.size	log_from, 64

	.type	log_to,@object                  # @log_to
	.globl	log_to
	.p2align	2
log_to:
	.zero	64
	.size	log_to, 64

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"disks=%d moves=%d pegs=%d,%d,%d\n"
	.size	.L.str, 33

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
